package no.ledernett.platform;

/** The signed-in user's display name, for modules below accounts that must say who did something (accounts implements it). */
public interface UserNames {

    String nameOf(Viewer viewer);
}

package no.ledernett.groups;

/** Where this module's user-facing texts live. */
public final class GroupsTexts {

    public static final String RULES = "no.ledernett.groups.Rules";
    public static final String TEXTS = "no.ledernett.groups.web.Texts";

    private GroupsTexts() {
    }
}

package no.ledernett.platform;

/**
 * Who is asking, as far as the services' own access rules need to know. Sign-in (a later issue)
 * will produce it from the signed-in user; until then the admin screens and API act as staff.
 *
 * @param leaderId     set for a participant: the leader they are
 * @param adviserId    set for an adviser: the adviser they are
 * @param municipality set for a contact or a participant: their municipality's number
 */
public record Viewer(Role role, Long leaderId, Long adviserId, String municipality) implements java.io.Serializable {

    public enum Role {
        STAFF,
        ADVISER,
        CONTACT,
        PARTICIPANT
    }

    public static Viewer staff() {
        return new Viewer(Role.STAFF, null, null, null);
    }

    public static Viewer adviser(long adviserId) {
        return new Viewer(Role.ADVISER, null, adviserId, null);
    }

    public static Viewer contact(String municipality) {
        return new Viewer(Role.CONTACT, null, null, municipality);
    }

    public static Viewer participant(long leaderId, String municipality) {
        return new Viewer(Role.PARTICIPANT, leaderId, null, municipality);
    }
}

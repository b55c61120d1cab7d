package no.ledernett.platform;

/**
 * Who is asking, as far as the services' own access rules need to know: produced per request from
 * the signed-in user (the accounts module); {@link #anonymous()} when nobody is signed in.
 *
 * @param leaderId     set for a participant: the leader they are
 * @param adviserId    set for an adviser: the adviser they are
 * @param municipality set for a contact or a participant: their municipality's number
 * @param userId       the signed-in user, for the audit log; null for the system itself
 */
public record Viewer(Role role, Long leaderId, Long adviserId, String municipality, Long userId) implements java.io.Serializable {

    public enum Role {
        ANONYMOUS,
        STAFF,
        ADVISER,
        CONTACT,
        PARTICIPANT
    }

    public static Viewer anonymous() {
        return new Viewer(Role.ANONYMOUS, null, null, null, null);
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** The role's name as REST resources declare it in {@code @RolesAllowed}: staff, adviser, contact, participant. */
    public String roleName() {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Viewer staff() {
        return new Viewer(Role.STAFF, null, null, null, null);
    }

    public static Viewer adviser(long adviserId) {
        return new Viewer(Role.ADVISER, null, adviserId, null, null);
    }

    public static Viewer contact(String municipality) {
        return new Viewer(Role.CONTACT, null, null, municipality, null);
    }

    public static Viewer participant(long leaderId, String municipality) {
        return new Viewer(Role.PARTICIPANT, leaderId, null, municipality, null);
    }

    public Viewer withUser(long id) {
        return new Viewer(role, leaderId, adviserId, municipality, id);
    }

    /**
     * Whether this viewer may act for the municipality's side of things (its invoices, reports, leaders'
     * lists and invitations): staff for any municipality, a contact for their own only.
     */
    public boolean actsFor(String municipalityNumber) {
        return is(Role.STAFF) || is(Role.CONTACT) && belongsTo(municipalityNumber);
    }

    /** Whether this viewer belongs to the given municipality: a contact or participant of it. */
    public boolean belongsTo(String municipalityNumber) {
        return municipality != null && municipality.equals(municipalityNumber);
    }
}

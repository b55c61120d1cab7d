package no.ledernett.platform;

import java.util.Map;

/**
 * A module that keeps records about a leader, for the leader's rights under the GDPR: its part of
 * the export and of erasure. Each such module implements this as a CDI bean; the accounts module's
 * {@code PersonalData} asks them all, decides which export a caller gets, and audits it. So the
 * module that answers for the GDPR need not know the others' tables.
 */
public interface PersonalDataSource {

    /** Everything, confidential text included: only for the leader's own export. */
    Map<String, Object> complete(long leaderId);

    /** Everything except confidential text, which is reduced to whether it exists and its dates: what staff may see. */
    Map<String, Object> withoutTexts(long leaderId);

    /** Removes or anonymises the leader's records, keeping hours and anonymous figures. */
    void erase(long leaderId);
}

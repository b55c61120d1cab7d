package no.ledernett.municipalities;

import java.time.LocalDate;

/**
 * A leader's personal data was erased on request (GDPR art. 17). Fired within the erasing
 * transaction, so modules that keep the leader in their own records (group memberships) end
 * them in the same commit, without this module knowing they exist.
 *
 * @param leaderId the erased leader, now an anonymous placeholder
 * @param day      the day of erasure, in Norway
 */
public record LeaderErased(long leaderId, LocalDate day) {
}

package no.ledernett.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * What advisers have already committed to. Matching sits below the groups and sessions modules,
 * so they implement this interface (as CDI beans) to report their advisers' load; matching adds
 * up every implementation it finds.
 */
public interface CommittedLoad {

    /** Every commitment that ends on or after the given day. */
    List<LoadEntry> since(LocalDate day);
}

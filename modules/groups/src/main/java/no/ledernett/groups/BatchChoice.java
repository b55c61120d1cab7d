package no.ledernett.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.ledernett.matching.Proposals;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Viewer;
import no.ledernett.platform.Violation;

/**
 * The groups staff chose for one adviser proposal, checked rather than trusted: the screen and the
 * API send the same list of ids, and a group may have got an adviser or been cancelled since the
 * list was shown. Only staff act on groups here; for anyone else every group is unknown, so a
 * refusal says nothing about which groups exist.
 */
final class BatchChoice {

    /** What the check needs to know of one chosen group. */
    record Candidate(long id, String name, Long adviserId, GroupStatus status) {
    }

    static final String FIELD = "groupIds";

    private BatchChoice() {
    }

    /** The chosen ids once each, without nulls: what to read before {@link #check}. */
    static List<Long> ids(Collection<Long> chosen) {
        return chosen == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(chosen.stream().filter(Objects::nonNull).toList()));
    }

    /**
     * The chosen groups, in the order chosen and once each; or a refusal naming every group that
     * cannot go (unknown, already with an adviser, not planned or active).
     *
     * @param found the chosen groups that exist, by id
     */
    static List<Candidate> check(Viewer viewer, Collection<Long> chosen, Map<Long, Candidate> found) {
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidInputException(Violation.of(GroupsTexts.RULES, FIELD, "batch.empty"));
        }
        List<Long> ids = ids(chosen);
        if (ids.size() > Proposals.MAX_NEEDS) {
            throw new InvalidInputException(Violation.of(GroupsTexts.RULES, FIELD, "batch.tooMany", Proposals.MAX_NEEDS));
        }
        boolean mayAct = viewer != null && viewer.is(Viewer.Role.STAFF);
        List<String> unknown = new ArrayList<>();
        List<Candidate> accepted = new ArrayList<>();
        List<String> withAdviser = new ArrayList<>();
        List<String> notRunning = new ArrayList<>();
        for (Long id : ids) {
            Candidate c = mayAct ? found.get(id) : null;
            if (c == null) {
                unknown.add(String.valueOf(id));
            } else if (c.adviserId() != null) {
                withAdviser.add(c.name());
            } else if (!GroupStatus.RUNNING.contains(c.status())) {
                notRunning.add(c.name());
            } else {
                accepted.add(c);
            }
        }
        if (chosen.stream().anyMatch(Objects::isNull)) {
            unknown.add("null");
        }
        List<Violation> refused = new ArrayList<>();
        if (!unknown.isEmpty()) {
            refused.add(Violation.of(GroupsTexts.RULES, FIELD, "batch.unknown", String.join(", ", unknown)));
        }
        if (!withAdviser.isEmpty()) {
            refused.add(Violation.of(GroupsTexts.RULES, FIELD, "batch.hasAdviser", names(withAdviser)));
        }
        if (!notRunning.isEmpty()) {
            refused.add(Violation.of(GroupsTexts.RULES, FIELD, "batch.notRunning", names(notRunning)));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return accepted;
    }

    private static String names(List<String> names) {
        return names.stream().map(n -> "«" + n + "»").collect(Collectors.joining(", "));
    }
}

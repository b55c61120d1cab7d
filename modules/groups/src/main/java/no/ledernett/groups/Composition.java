package no.ledernett.groups;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Advice on who sits together in a group. These are warnings for staff to weigh, never blocks:
 * a group of five can work, and a leader may have good reasons to sit with their manager.
 */
public final class Composition {

    public static final int MIN_SIZE = 6;
    public static final int MAX_SIZE = 8;

    /** What composition advice needs to know of one current member. */
    public record Member(long leaderId, String name, Long sectorId, Long reportsToId) implements Serializable {
    }

    /** One piece of advice; the args fill in its text. */
    public record Warning(Kind kind, List<Object> args) implements Serializable {

        public enum Kind {
            TOO_SMALL,
            TOO_LARGE,
            OTHER_SECTOR,
            DOMINANT_SECTOR,
            WITH_MANAGER
        }

        public Warning {
            args = List.copyOf(args);
        }
    }

    private Composition() {
    }

    /** @param sectorNames names of subject areas by id, for the texts */
    public static List<Warning> advise(GroupKind kind, Long subjectAreaId, List<Member> members, Map<Long, String> sectorNames) {
        List<Warning> warnings = new ArrayList<>();
        int size = members.size();
        if (size < MIN_SIZE) {
            warnings.add(new Warning(Warning.Kind.TOO_SMALL, List.of(size, MIN_SIZE, MAX_SIZE)));
        } else if (size > MAX_SIZE) {
            warnings.add(new Warning(Warning.Kind.TOO_LARGE, List.of(size, MIN_SIZE, MAX_SIZE)));
        }
        if (kind == GroupKind.SUBJECT_SPECIFIC && subjectAreaId != null) {
            List<String> others = members.stream().filter(m -> !Objects.equals(m.sectorId(), subjectAreaId)).map(Member::name).sorted().toList();
            if (!others.isEmpty()) {
                warnings.add(new Warning(Warning.Kind.OTHER_SECTOR, List.of(String.join(", ", others), sectorNames.getOrDefault(subjectAreaId, "?"))));
            }
        }
        if (kind == GroupKind.CROSS_DISCIPLINARY && size > 0) {
            Map<Long, Long> perSector = new HashMap<>();
            members.stream().filter(m -> m.sectorId() != null).forEach(m -> perSector.merge(m.sectorId(), 1L, Long::sum));
            perSector.forEach((sector, count) -> {
                if (count * 2 > size) {
                    warnings.add(new Warning(Warning.Kind.DOMINANT_SECTOR, List.of(sectorNames.getOrDefault(sector, "?"), count, size)));
                }
            });
        }
        Map<Long, Member> byId = members.stream().collect(Collectors.toMap(Member::leaderId, m -> m, (a, b) -> a));
        Set<Long> ids = byId.keySet();
        for (Member m : members) {
            if (m.reportsToId() != null && ids.contains(m.reportsToId())) {
                warnings.add(new Warning(Warning.Kind.WITH_MANAGER, List.of(m.name(), byId.get(m.reportsToId()).name())));
            }
        }
        return warnings;
    }
}

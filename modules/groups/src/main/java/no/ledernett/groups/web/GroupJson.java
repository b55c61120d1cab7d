package no.ledernett.groups.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ledernett.groups.Composition;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.GroupsTexts;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.NetworkGroup;
import no.ledernett.platform.Texts;

/** A group as the API shows it: its plan, adviser, members and composition advice. */
public record GroupJson(long id, String name, String municipality, String municipalityName, long engagementId, String kind,
                        Long subjectAreaId, String subjectArea, boolean competenceRequired, String defaultMethod, int plannedMeetings,
                        String interval, int meetingMinutes, LocalDate start, LocalDate end, String mode, String location, String status,
                        double hoursPerMonth, Long adviserId, String adviserName, long memberCount, List<MemberView> members,
                        List<WarningJson> warnings, long version, String blackoutPeriods) {

    public record WarningJson(String kind, String message) {
    }

    static GroupJson of(NetworkGroup g, GroupSummary s, double hoursPerMonth, List<MemberView> members, List<Composition.Warning> warnings,
                        Locale locale) {
        return new GroupJson(g.getId(), g.getName(), g.getMunicipalityNumber(), s.municipalityName(), g.getEngagementId(), g.getKind().name(),
                g.getSubjectAreaId(), s.subjectArea(), g.isCompetenceRequired(), g.getDefaultMethod().name(), g.getPlannedMeetings(),
                g.getInterval().name(), g.getMeetingMinutes(), g.getStart(), g.getEnd(), g.getMode().name(), g.getLocation(), g.getStatus().name(),
                hoursPerMonth, g.getAdviserId(), s.adviserName(), s.members(), members,
                warnings == null ? null : warnings.stream().map(w -> new WarningJson(w.kind().name(), message(w, locale))).toList(), g.getVersion(),
                no.ledernett.groups.BlackoutPeriod.text(g.getBlackouts()));
    }

    public static String message(Composition.Warning w, Locale locale) {
        return Texts.format(GroupsTexts.TEXTS, locale, "warning." + w.kind().name(), w.args().toArray());
    }
}

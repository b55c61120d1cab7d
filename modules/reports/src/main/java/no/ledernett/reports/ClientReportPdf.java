package no.ledernett.reports;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ledernett.platform.NorwegianTime;
import no.ledernett.platform.Pdf;
import no.ledernett.platform.Texts;
import no.ledernett.sessions.EngagementActivity;

/**
 * The client report as an accessible PDF (PDF/UA: tagged, language set, fonts embedded), in the
 * municipality's written form. The page shows the same figures from the same {@link ClientReport}.
 */
public final class ClientReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ClientReportPdf() {
    }

    public static byte[] of(ClientReport report) {
        return Pdf.fromTemplate(ClientReportPdf.class, "client-report.html", values(report));
    }

    /** Everything the template shows, worded and formatted in the report's language. */
    static Map<String, Object> values(ClientReport report) {
        Locale locale = report.language().locale();
        Map<String, Object> v = new HashMap<>();
        v.put("lang", report.language().tag());
        v.put("title", t(locale, "title", t(locale, "kind." + report.engagement().kind().name()), report.engagement().municipality().name()));
        v.put("period", t(locale, "period", DATE.format(report.from()), DATE.format(report.to())));
        v.put("madeBy", t(locale, "madeBy", DATE.format(NorwegianTime.today()), String.valueOf(report.engagement().id())));
        v.put("summary", report.summary());
        Map<String, String> words = new HashMap<>();
        for (String[] key : new String[][] {{"summary", "summary"}, {"summaryNone", "summary.none"}, {"groups", "groups"}, {"groupsCaption", "groups.caption"},
                {"groupName", "group.name"}, {"planned", "group.planned"}, {"held", "group.held"}, {"cancelled", "group.cancelled"},
                {"attendance", "group.attendance"}, {"noShows", "group.noShows"}, {"feedback", "group.feedback"}, {"coaching", "coaching"},
                {"hours", "hours"}, {"hoursCaption", "hours.caption"}, {"month", "hours.month"}, {"used", "hours.used"}, {"total", "hours.total"},
                {"publicity", "publicity"}}) {
            words.put(key[0], t(locale, key[1]));
        }
        words.put("privacy", t(locale, "groups.privacy", EngagementActivity.MIN_PEOPLE));
        v.put("t", words);
        EngagementActivity.Figures f = report.figures();
        String hidden = t(locale, "group.hidden");
        List<Map<String, String>> groups = f.groups().stream().map(g -> Map.of(
                "name", g.name(),
                "planned", String.valueOf(g.planned()),
                "held", String.valueOf(g.held()),
                "cancelled", String.valueOf(g.cancelled()),
                "attendance", g.attendanceRate() == null ? hidden : Math.round(g.attendanceRate() * 100) + " %",
                "noShows", g.noShows() == null ? hidden : String.valueOf(g.noShows()),
                "feedback", g.feedbackAverage() == null ? hidden : String.format(locale, "%.1f", g.feedbackAverage()))).toList();
        v.put("groups", groups);
        v.put("hasGroups", !groups.isEmpty());
        boolean coaching = f.coachingHeld() + f.coachingPlanned() + f.coachingNoShows() > 0;
        v.put("hasCoaching", coaching);
        v.put("coachingHeld", t(locale, "coaching.held", f.coachingHeld()));
        v.put("coachingPlanned", t(locale, "coaching.planned", f.coachingPlanned()));
        v.put("coachingNoShows", t(locale, "coaching.noShows", f.coachingNoShows()));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        v.put("months", f.hoursByMonth().entrySet().stream().map(e -> Map.of("month", month.format(e.getKey()), "hours", hours(locale, e.getValue()))).toList());
        v.put("hoursTotal", hours(locale, f.hoursTotal()));
        v.put("budget", t(locale, "hours.budget", hours(locale, report.budget().used()), report.budget().budget(), report.budget().percent()));
        return v;
    }

    private static String hours(Locale locale, double hours) {
        return String.format(locale, "%.1f", hours);
    }

    private static String t(Locale locale, String key, Object... args) {
        return Texts.format(ReportTexts.REPORT, locale, key, args);
    }
}

package no.ledernett.matching.web;

import java.time.LocalDate;
import java.util.List;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.Competence;
import no.ledernett.platform.Language;

/** An adviser as the API shows it. */
public record AdviserJson(long id, String name, String title, String email, String phone, String homeCounty, List<String> writtenForms,
                          boolean active, int monthlyCapacity, List<AbsenceJson> absences, List<CompetenceJson> competences, long version) {

    public record AbsenceJson(LocalDate start, LocalDate end, String reason) {
    }

    public record CompetenceJson(long subjectAreaId, String subjectArea, int level, String note) {

        static CompetenceJson of(Competence c) {
            return new CompetenceJson(c.getSubjectArea().getId(), c.getSubjectArea().getName(), c.getLevel(), c.getNote());
        }
    }

    static AdviserJson of(Adviser a, List<Competence> competences) {
        return new AdviserJson(a.getId(), a.getName(), a.getTitle(), a.getEmail(), a.getPhone(), a.getHomeCounty(),
                a.getWrittenForms().stream().sorted().map(Language::name).toList(), a.isActive(), a.getMonthlyCapacity(),
                a.getAbsences().stream().map(x -> new AbsenceJson(x.getStart(), x.getEnd(), x.getReason())).toList(),
                competences == null ? null : competences.stream().map(CompetenceJson::of).toList(), a.getVersion());
    }
}

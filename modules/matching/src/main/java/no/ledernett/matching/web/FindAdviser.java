package no.ledernett.matching.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.ledernett.matching.Evaluation;
import no.ledernett.matching.Exclusion;
import no.ledernett.matching.MatchingTexts;
import no.ledernett.matching.NeedInput;
import no.ledernett.matching.Ranking;
import no.ledernett.matching.RankingResult;
import no.ledernett.matching.RankingView;
import no.ledernett.matching.ScorePart;
import no.ledernett.matching.SubjectArea;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Texts;
import no.ledernett.platform.web.FormMessages;

/** "Finn veileder": every adviser ranked for one need, with reasons a non-technical reader can follow. */
@Named
@ViewScoped
public class FindAdviser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ranking ranking;

    @Inject
    SubjectAreas subjectAreas;

    private Long subjectAreaId;
    private boolean competenceRequired;
    private String municipality;
    private String mode = "IN_PERSON";
    private String writtenForm;
    private LocalDate start = NorwegianTime.today().plusMonths(1).withDayOfMonth(1);
    private LocalDate end = start.plusMonths(6).minusDays(1);
    private Double hoursPerMonth = 4.0;
    private List<SubjectArea> areas;
    private RankingResult result;

    @PostConstruct
    void init() {
        areas = subjectAreas.active();
    }

    public void rank() {
        try {
            result = ranking.rank(new NeedInput("find", null, subjectAreaId, competenceRequired, municipality, mode, writtenForm,
                    start == null ? null : start.toString(), end == null ? null : end.toString(), hoursPerMonth));
        } catch (InvalidInputException e) {
            result = null;
            FormMessages.show("need", e);
        }
    }

    public String explain(ScorePart part) {
        return RankingView.explain(part, locale());
    }

    public String criterion(ScorePart part) {
        return Texts.format(MatchingTexts.TEXTS, locale(), "criterion." + part.criterion().name());
    }

    public String reason(Exclusion exclusion) {
        return RankingView.reason(exclusion, locale()).explanation();
    }

    public long roundedScore(Evaluation e) {
        return Math.round(e.score());
    }

    public long points(ScorePart part) {
        return Math.round(part.points());
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public RankingResult getResult() {
        return result;
    }

    public List<SubjectArea> getAreas() {
        return areas;
    }

    public Long getSubjectAreaId() {
        return subjectAreaId;
    }

    public void setSubjectAreaId(Long subjectAreaId) {
        this.subjectAreaId = subjectAreaId;
    }

    public boolean isCompetenceRequired() {
        return competenceRequired;
    }

    public void setCompetenceRequired(boolean competenceRequired) {
        this.competenceRequired = competenceRequired;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getWrittenForm() {
        return writtenForm;
    }

    public void setWrittenForm(String writtenForm) {
        this.writtenForm = writtenForm;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Double getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(Double hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
    }
}

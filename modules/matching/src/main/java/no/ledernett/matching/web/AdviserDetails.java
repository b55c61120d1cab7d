package no.ledernett.matching.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.AdviserProfiles;
import no.ledernett.matching.Advisers;
import no.ledernett.matching.Competence;
import no.ledernett.matching.SubjectArea;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.platform.Counties;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/** One adviser: competences, capacity and the load of the next twelve months. */
@Named
@ViewScoped
public class AdviserDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Committed hours against capacity in one month, for a bar. */
    public record MonthLoad(YearMonth month, double committed, int capacity) implements Serializable {

        public int percent() {
            return capacity <= 0 ? (committed > 0 ? 100 : 0) : (int) Math.min(100, Math.round(100 * committed / capacity));
        }

        public boolean full() {
            return committed >= capacity;
        }
    }

    @Inject
    Advisers advisers;

    @Inject
    SubjectAreas subjectAreas;

    @Inject
    AdviserProfiles profiles;

    private Long id;
    private Adviser adviser;
    private List<Competence> competences;
    private List<SubjectArea> areas;
    private List<MonthLoad> load;
    private Long newArea;
    private Integer newLevel = Competence.SOLID;
    private String newNote;

    public void load() {
        if (id == null) {
            Faces.responseSendError(404, "Adviser not found");
            return;
        }
        try {
            adviser = advisers.withAbsences(id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Adviser not found");
            return;
        }
        competences = advisers.competences(id);
        areas = subjectAreas.active();
        YearMonth from = YearMonth.now();
        YearMonth to = from.plusMonths(11);
        // Only this adviser's committed hours; ranking every adviser's profile is not needed here.
        Map<YearMonth, Double> committed = profiles.committed(id, from, to);
        load = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            load.add(new MonthLoad(m, committed.getOrDefault(m, 0.0), adviser.getMonthlyCapacity()));
        }
    }

    public void addCompetence() {
        try {
            advisers.setCompetence(id, newArea, newLevel, newNote);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
            newArea = null;
            newNote = null;
        } catch (InvalidInputException e) {
            FormMessages.show("competence", e);
        }
        load();
    }

    public void removeCompetence(Competence competence) {
        try {
            advisers.removeCompetence(id, competence.getSubjectArea().getId());
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.deleted");
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
        }
        load();
    }

    public String delete() {
        advisers.delete(id);
        FormMessages.flash("common.deleted");
        return "/admin/advisers/index?faces-redirect=true";
    }

    public String county() {
        return Counties.name(adviser.getHomeCounty());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Adviser getAdviser() {
        return adviser;
    }

    public List<Competence> getCompetences() {
        return competences;
    }

    public List<SubjectArea> getAreas() {
        return areas;
    }

    public List<MonthLoad> getLoad() {
        return load;
    }

    public Long getNewArea() {
        return newArea;
    }

    public void setNewArea(Long newArea) {
        this.newArea = newArea;
    }

    public Integer getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(Integer newLevel) {
        this.newLevel = newLevel;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }
}

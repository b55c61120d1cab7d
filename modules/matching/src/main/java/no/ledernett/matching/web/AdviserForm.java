package no.ledernett.matching.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.AdviserInput;
import no.ledernett.matching.Advisers;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.Counties;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.Language;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/** Create or change an adviser, with periods away. */
@Named
@ViewScoped
public class AdviserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A period away as the form edits it. */
    public static class AbsenceRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private LocalDate start;
        private LocalDate end;
        private String reason;

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

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    Advisers advisers;

    private Long id;
    private String name;
    private String title = "rådgiver";
    private String email;
    private String phone;
    private String homeCounty;
    private List<String> writtenForms = new ArrayList<>(List.of(Language.BOKMAL.name()));
    private boolean active = true;
    private Integer monthlyCapacity = 40;
    private List<AbsenceRow> absences = new ArrayList<>();
    private Long version;

    public void load() {
        if (id == null || version != null) {
            return;
        }
        try {
            Adviser a = advisers.get(id);
            name = a.getName();
            title = a.getTitle();
            email = a.getEmail();
            phone = a.getPhone();
            homeCounty = a.getHomeCounty();
            writtenForms = new ArrayList<>(a.getWrittenForms().stream().map(Enum::name).toList());
            active = a.isActive();
            monthlyCapacity = a.getMonthlyCapacity();
            absences = new ArrayList<>();
            a.getAbsences().forEach(x -> {
                AbsenceRow row = new AbsenceRow();
                row.setStart(x.getStart());
                row.setEnd(x.getEnd());
                row.setReason(x.getReason());
                absences.add(row);
            });
            version = a.getVersion();
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Adviser not found");
        }
    }

    public void addAbsence() {
        absences.add(new AbsenceRow());
    }

    public void removeAbsence(AbsenceRow row) {
        absences.remove(row);
    }

    public String save() {
        AdviserInput input = new AdviserInput(name, title, email, phone, homeCounty, writtenForms, active, monthlyCapacity,
                absences.stream().map(a -> new AdviserInput.AbsenceInput(a.getStart() == null ? null : a.getStart().toString(),
                        a.getEnd() == null ? null : a.getEnd().toString(), a.getReason())).toList(), version);
        long saved;
        try {
            saved = id == null ? advisers.create(input).getId() : advisers.update(id, input).getId();
        } catch (InvalidInputException e) {
            FormMessages.show("form", e);
            return null;
        } catch (ConflictException | NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.conflict");
            return null;
        }
        FormMessages.flash("common.saved");
        return "/admin/advisers/adviser?faces-redirect=true&id=" + saved;
    }

    public Map<String, String> getCounties() {
        Map<String, String> byName = new TreeMap<>();
        Counties.all().forEach(county -> byName.put(county.name(), county.number()));
        return byName;
    }

    public Language[] getForms() {
        return Language.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHomeCounty() {
        return homeCounty;
    }

    public void setHomeCounty(String homeCounty) {
        this.homeCounty = homeCounty;
    }

    public List<String> getWrittenForms() {
        return writtenForms;
    }

    public void setWrittenForms(List<String> writtenForms) {
        this.writtenForms = writtenForms;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getMonthlyCapacity() {
        return monthlyCapacity;
    }

    public void setMonthlyCapacity(Integer monthlyCapacity) {
        this.monthlyCapacity = monthlyCapacity;
    }

    public List<AbsenceRow> getAbsences() {
        return absences;
    }
}

package no.ledernett.municipalities.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.ledernett.municipalities.Leader;
import no.ledernett.municipalities.LeaderActivity;
import no.ledernett.municipalities.LeaderGroups;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.municipalities.Leaders;
import no.ledernett.platform.ConflictException;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Sectors;
import no.ledernett.platform.Texts;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/**
 * One leader: their details to change, the groups they are in ({@link LeaderGroups}), and what
 * other modules keep about them (meetings and coaching, through {@link LeaderActivity}); both are
 * answered by modules above this one. Staff only, as every admin page.
 */
@Named
@ViewScoped
public class LeaderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Leaders leaders;

    @Inject
    Sectors sectors;

    @Inject
    transient Instance<LeaderGroups> groups;

    @Inject
    transient Instance<LeaderActivity> activities;

    private Long id;
    private Leader leader;
    private String name;
    private String email;
    private String phone;
    private String positionTitle;
    private Long sectorId;
    private String unit;
    private Long reportsToId;
    private long version;
    private List<Sectors.Sector> areas = List.of();
    private List<Leader> managers = List.of();
    private List<LeaderGroups.Membership> memberships = List.of();
    private Map<String, List<LeaderActivity.Entry>> activity = Map.of();

    public void load() {
        try {
            leader = leaders.get(id == null ? -1 : id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Leader not found");
            return;
        }
        fill(leader);
        areas = sectors.all().stream().filter(Sectors.Sector::active).toList();
        managers = leaders.list(leader.getMunicipality().number(), null, PageRequest.of(0, PageRequest.MAX_SIZE)).stream()
                .filter(l -> !l.getId().equals(id)).toList();
        List<LeaderGroups.Membership> in = new ArrayList<>();
        for (LeaderGroups source : groups) {
            in.addAll(source.of(id));
        }
        memberships = in;
        Map<String, List<LeaderActivity.Entry>> bySection = new LinkedHashMap<>();
        for (LeaderActivity source : activities) {
            for (LeaderActivity.Entry entry : source.of(id, locale())) {
                bySection.computeIfAbsent(entry.section(), s -> new ArrayList<>()).add(entry);
            }
        }
        activity = bySection;
    }

    private void fill(Leader l) {
        name = l.getName();
        email = l.getEmail();
        phone = l.getPhone();
        positionTitle = l.getPositionTitle();
        sectorId = l.getSectorId();
        unit = l.getUnit();
        reportsToId = l.getReportsToId();
        version = l.getVersion();
    }

    /**
     * Saves against the version the page was loaded at. When someone else saved in between, nothing
     * is overwritten and what was typed stays in the form, with a message saying so.
     */
    public void save() {
        try {
            leader = leaders.update(id, new LeaderInput(null, name, email, phone, positionTitle, sectorId, unit, reportsToId, version));
            fill(leader);
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("leader", e);
        } catch (ConflictException e) {
            String text = Texts.format(MunicipalitiesSection.TEXTS, locale(), "leader.conflict");
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (NotFoundException e) {
            FormMessages.global(FacesMessage.SEVERITY_ERROR, "common.gone");
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String sectorName() {
        return areas.stream().filter(a -> Objects.equals(a.id(), leader.getSectorId())).map(Sectors.Sector::name).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Leader getLeader() {
        return leader;
    }

    public List<Sectors.Sector> getAreas() {
        return areas;
    }

    public List<Leader> getManagers() {
        return managers;
    }

    public List<LeaderGroups.Membership> getMemberships() {
        return memberships;
    }

    public List<Map.Entry<String, List<LeaderActivity.Entry>>> getActivity() {
        return new ArrayList<>(activity.entrySet());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(Long sectorId) {
        this.sectorId = sectorId;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public void setReportsToId(Long reportsToId) {
        this.reportsToId = reportsToId;
    }
}

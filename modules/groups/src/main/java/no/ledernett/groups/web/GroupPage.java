package no.ledernett.groups.web;

import no.ledernett.platform.NorwegianTime;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.ledernett.groups.Composition;
import no.ledernett.groups.GroupAdvisers;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.Groups;
import no.ledernett.groups.GroupsConfig;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.groups.NetworkGroup;
import no.ledernett.matching.Exclusion;
import no.ledernett.matching.MatchingTexts;
import no.ledernett.matching.RankingResult;
import no.ledernett.matching.RankingView;
import no.ledernett.matching.ScorePart;
import no.ledernett.matching.SubjectAreaOption;
import no.ledernett.matching.SubjectAreas;
import no.ledernett.municipalities.LeaderRow;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.ReadTogether;
import no.ledernett.platform.Texts;
import no.ledernett.platform.web.FormMessages;
import org.omnifaces.util.Faces;

/** One group: plan, composition advice, members, and its adviser. */
@Named
@ViewScoped
public class GroupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int CANDIDATES = 20;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    GroupAdvisers groupAdvisers;

    @Inject
    Leaders leaders;

    @Inject
    SubjectAreas subjectAreas;

    @Inject
    GroupsConfig config;

    private Long id;
    private NetworkGroup group;
    private GroupSummary summary;
    private List<MemberView> memberList;
    private List<Composition.Warning> advice;
    private String leaderSearch;
    private List<LeaderRow> candidates = List.of();
    private List<LeaderRow> managers;
    private RankingResult ranking;
    private List<SubjectAreaOption> areas;
    private String newName;
    private String newEmail;
    private String newPosition;
    private Long newSector;
    private String newUnit;
    private Long newReportsTo;

    /**
     * Reads the page's data together (one persistence context): the summary reads the group with
     * its adviser, the advice uses the members read here, and the first candidates come from the
     * managers' list, so the page costs six statements.
     */
    @ReadTogether
    public void load() {
        if (id == null) {
            Faces.responseSendError(404, "Group not found");
            return;
        }
        try {
            summary = groups.summary(id);
            group = groups.get(id);
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "Group not found");
            return;
        }
        memberList = members.of(id);
        advice = members.advice(group, memberList);
        areas = subjectAreas.options().stream().filter(SubjectAreaOption::active).toList();
        managers = null;
        searchLeaders();
    }

    private NetworkGroup group() {
        if (group == null) {
            load();
        }
        return group;
    }

    public void searchLeaders() {
        Set<Long> current = memberList.stream().filter(MemberView::isCurrent).map(MemberView::leaderId).collect(Collectors.toSet());
        // Without a search text the first candidates are the first managers (same order), read once for both lists.
        List<LeaderRow> found = leaderSearch == null || leaderSearch.isBlank()
                ? getManagers().stream().limit(CANDIDATES).toList()
                : leaders.rows(new MunicipalityNumber(group().getMunicipalityNumber()), leaderSearch, PageRequest.of(0, CANDIDATES));
        candidates = found.stream().filter(l -> !current.contains(l.getId())).toList();
    }

    public void add(LeaderRow leader) {
        try {
            members.add(id, leader.getId(), NorwegianTime.today());
            // Ready for the next one: the search starts afresh.
            leaderSearch = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("members", e);
        }
        load();
    }

    public void createAndAdd() {
        try {
            members.registerAndAdd(id, new LeaderInput(group().getMunicipalityNumber(), newName, newEmail, null, newPosition, newSector, newUnit,
                    newReportsTo, null), NorwegianTime.today());
            newName = null;
            newEmail = null;
            newPosition = null;
            newUnit = null;
            newReportsTo = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("newLeader", e);
        }
        load();
    }

    public void leave(MemberView member) {
        members.leave(id, member.membershipId(), NorwegianTime.today());
        load();
    }

    public void remove(MemberView member) {
        members.remove(id, member.membershipId());
        load();
    }

    public void findAdviser() {
        ranking = groupAdvisers.rank(id);
    }

    public void choose(long adviserId) {
        try {
            groupAdvisers.assign(id, adviserId);
            ranking = null;
            FormMessages.global(FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("adviser", e);
        }
        load();
    }

    public void removeAdviser() {
        groupAdvisers.unassign(id);
        load();
    }

    public String delete() {
        groups.delete(id);
        FormMessages.flash("common.deleted");
        return "/admin/groups/index?faces-redirect=true";
    }

    public String warning(Composition.Warning w) {
        return GroupJson.message(w, locale());
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

    public long round(double value) {
        return Math.round(value);
    }

    public double getHoursPerMonth() {
        return group().hoursPerMonth(config.preparationHours());
    }

    public List<LeaderRow> getManagers() {
        if (managers == null) {
            managers = leaders.rows(new MunicipalityNumber(group().getMunicipalityNumber()), null, PageRequest.of(0, 200));
        }
        return managers;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NetworkGroup getGroup() {
        return group();
    }

    public GroupSummary getSummary() {
        return summary;
    }

    public List<MemberView> getMembers() {
        return memberList;
    }

    public List<Composition.Warning> getAdvice() {
        if (advice == null) {
            advice = members.advice(id);
        }
        return advice;
    }

    public List<LeaderRow> getCandidates() {
        return candidates;
    }

    public RankingResult getRanking() {
        return ranking;
    }

    public List<SubjectAreaOption> getAreas() {
        return areas;
    }

    public String getLeaderSearch() {
        return leaderSearch;
    }

    public void setLeaderSearch(String leaderSearch) {
        this.leaderSearch = leaderSearch;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(String newPosition) {
        this.newPosition = newPosition;
    }

    public Long getNewSector() {
        return newSector;
    }

    public void setNewSector(Long newSector) {
        this.newSector = newSector;
    }

    public String getNewUnit() {
        return newUnit;
    }

    public void setNewUnit(String newUnit) {
        this.newUnit = newUnit;
    }

    public Long getNewReportsTo() {
        return newReportsTo;
    }

    public void setNewReportsTo(Long newReportsTo) {
        this.newReportsTo = newReportsTo;
    }
}

package no.ledernett.portal;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import no.ledernett.groups.GroupSearch;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.matching.Adviser;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.BudgetUse;
import no.ledernett.municipalities.Engagement;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.Leader;
import no.ledernett.municipalities.LeaderInput;
import no.ledernett.municipalities.Leaders;
import no.ledernett.municipalities.MunicipalityDirectory;
import no.ledernett.municipalities.MunicipalityNumber;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.Page;
import no.ledernett.platform.PageRequest;
import no.ledernett.platform.Viewer;
import no.ledernett.sessions.AttendanceRegister;
import no.ledernett.sessions.FeedbackBox;
import no.ledernett.sessions.GroupMeeting;
import no.ledernett.sessions.Meetings;

/**
 * What a municipality's contact sees: their own municipality only. Every method takes the viewer
 * and answers "not found" for anything of another municipality, so a denied request reveals
 * nothing. Never a challenge's text, a next step or a note: those are not even read here.
 */
@ApplicationScoped
public class ContactPortal {

    public record EngagementUse(Engagement engagement, BudgetUse use) implements Serializable {
    }

    public record AdviserContact(String name, String title, String email, String phone) implements Serializable {
    }

    public record Overview(String municipality, String municipalityName, List<EngagementUse> engagements, List<GroupSummary> groups,
                           long coachingCourses, List<AdviserContact> advisers) implements Serializable {
    }

    public record GroupDetail(GroupSummary group, List<MemberView> members, List<GroupMeeting> meetings, List<AttendanceRegister.Figures> attendance,
                              FeedbackBox.Summary feedback, AdviserContact adviser) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Engagements engagements;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    Meetings meetings;

    @Inject
    AttendanceRegister attendance;

    @Inject
    FeedbackBox feedback;

    @Inject
    Advisers advisers;

    @Inject
    Leaders leaders;

    public Overview overview(Viewer viewer) {
        String number = Tenancy.contactMunicipality(viewer);
        MunicipalityNumber municipality = new MunicipalityNumber(number);
        List<Engagement> bought = engagements.of(municipality);
        Map<Long, BudgetUse> use = engagements.budgetUse(bought);
        List<GroupSummary> theirGroups = groups.list(new GroupSearch(null, number, null, null, null, null), PageRequest.of(0, PageRequest.MAX_SIZE));
        // Everyone who advises the municipality, for groups or coaching, in one statement.
        List<Adviser> theirAdvisers = em.createQuery("SELECT a FROM Adviser a WHERE a.id IN (SELECT g.adviserId FROM NetworkGroup g "
                        + "WHERE g.municipalityNumber = :m) OR a.id IN (SELECT c.adviserId FROM CoachingCourse c, Leader l "
                        + "WHERE l.id = c.leaderId AND l.municipality.number = :m) ORDER BY a.name, a.id", Adviser.class)
                .setParameter("m", number).getResultList();
        long courses = em.createQuery("SELECT COUNT(c) FROM CoachingCourse c, Leader l WHERE l.id = c.leaderId AND l.municipality.number = :m", Long.class)
                .setParameter("m", number).getSingleResult();
        return new Overview(number, municipalities.names().get(number),
                bought.stream().map(e -> new EngagementUse(e, use.get(e.getId()))).toList(), theirGroups, courses,
                theirAdvisers.stream().map(ContactPortal::contact).toList());
    }

    public GroupDetail group(Viewer viewer, long groupId) {
        String number = Tenancy.contactMunicipality(viewer);
        GroupSummary group;
        try {
            group = groups.summary(groupId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Group", groupId);
        }
        if (!group.municipality().equals(number)) {
            throw new NotFoundException("Group", groupId);
        }
        AdviserContact adviser = group.adviserId() == null ? null : contact(advisers.get(group.adviserId()));
        List<MemberView> memberList = members.of(groupId);
        return new GroupDetail(group, memberList, meetings.of(groupId), attendance.figures(groupId, memberList), feedback.forGroup(groupId), adviser);
    }

    public Page<Leader> leaders(Viewer viewer, String text, PageRequest paging) {
        return leaders.search(new MunicipalityNumber(Tenancy.contactMunicipality(viewer)), text, paging);
    }

    public Leader leader(Viewer viewer, long id) {
        String number = Tenancy.contactMunicipality(viewer);
        Leader leader = leaders.get(id);
        if (!leader.getMunicipalityNumber().equals(number)) {
            throw new NotFoundException("Leader", id);
        }
        return leader;
    }

    /** A contact registers a leader of their own municipality, whatever municipality the input names. */
    public Leader register(Viewer viewer, LeaderInput input) {
        return leaders.create(ownMunicipality(viewer, input));
    }

    public Leader update(Viewer viewer, long id, LeaderInput input) {
        leader(viewer, id);
        return leaders.update(id, ownMunicipality(viewer, input));
    }

    private static LeaderInput ownMunicipality(Viewer viewer, LeaderInput input) {
        return new LeaderInput(Tenancy.contactMunicipality(viewer), input.name(), input.email(), input.phone(), input.positionTitle(), input.sectorId(),
                input.unit(), input.reportsToId(), input.version());
    }

    static AdviserContact contact(Adviser a) {
        return new AdviserContact(a.getName(), a.getTitle(), a.getEmail(), a.getPhone());
    }
}

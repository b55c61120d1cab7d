package no.ledernett.portal;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.ledernett.groups.GroupSearch;
import no.ledernett.groups.GroupSummary;
import no.ledernett.groups.Groups;
import no.ledernett.groups.MemberView;
import no.ledernett.groups.Members;
import no.ledernett.matching.AdviserCard;
import no.ledernett.matching.Advisers;
import no.ledernett.municipalities.BudgetUse;
import no.ledernett.municipalities.EngagementBudget;
import no.ledernett.municipalities.Engagements;
import no.ledernett.municipalities.LeaderDetails;
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
import no.ledernett.sessions.MeetingView;
import no.ledernett.sessions.SessionViews;

/**
 * What a municipality's contact sees: their own municipality only. Every method takes the viewer
 * and answers "not found" for anything of another municipality, so a denied request reveals
 * nothing. Never a challenge's text, a next step or a note: those are not even read here.
 */
@ApplicationScoped
public class ContactPortal {

    public record EngagementUse(EngagementBudget engagement, BudgetUse use) implements Serializable {
    }

    public record AdviserContact(String name, String title, String email, String phone) implements Serializable {
    }

    public record Overview(String municipality, String municipalityName, List<EngagementUse> engagements, List<GroupSummary> groups,
                           long coachingCourses, List<AdviserContact> advisers) implements Serializable {
    }

    public record GroupDetail(GroupSummary group, List<MemberView> members, List<MeetingView> meetings, List<AttendanceRegister.Figures> attendance,
                              FeedbackBox.Summary feedback, AdviserContact adviser) implements Serializable {
    }

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    Engagements engagements;

    @Inject
    Groups groups;

    @Inject
    Members members;

    @Inject
    SessionViews sessions;

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
        List<EngagementBudget> bought = engagements.viewsOf(municipality);
        List<GroupSummary> theirGroups = groups.list(new GroupSearch(null, number, null, null, null, null), PageRequest.of(0, PageRequest.MAX_SIZE));
        // The municipality's coaching is the coaching bought with its own engagements: counted, with its advisers, in one statement.
        SessionViews.CoachingFigures coaching = sessions.coachingOf(bought.stream().map(EngagementBudget::id).toList());
        // Everyone who advises the municipality, for groups or coaching, in one more statement.
        Set<Long> adviserIds = new LinkedHashSet<>();
        theirGroups.stream().map(GroupSummary::adviserId).filter(Objects::nonNull).forEach(adviserIds::add);
        adviserIds.addAll(coaching.adviserIds());
        return new Overview(number, municipalities.names().get(number),
                bought.stream().map(e -> new EngagementUse(e, e.use())).toList(), theirGroups, coaching.courses(),
                advisers.cards(adviserIds).stream().map(ContactPortal::contact).toList());
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
        AdviserContact adviser = group.adviserId() == null ? null : contact(advisers.card(group.adviserId()));
        List<MemberView> memberList = members.of(groupId);
        return new GroupDetail(group, memberList, sessions.meetingsOf(groupId), attendance.figures(groupId, memberList), feedback.forGroup(groupId), adviser);
    }

    public Page<LeaderDetails> leaders(Viewer viewer, String text, PageRequest paging) {
        return leaders.searchDetails(new MunicipalityNumber(Tenancy.contactMunicipality(viewer)), text, paging);
    }

    public LeaderDetails leader(Viewer viewer, long id) {
        String number = Tenancy.contactMunicipality(viewer);
        LeaderDetails leader = leaders.details(id);
        if (!leader.municipality().equals(number)) {
            throw new NotFoundException("Leader", id);
        }
        return leader;
    }

    /** A contact registers a leader of their own municipality, whatever municipality the input names. */
    public LeaderDetails register(Viewer viewer, LeaderInput input) {
        return leaders.registerDetails(ownMunicipality(viewer, input));
    }

    public LeaderDetails update(Viewer viewer, long id, LeaderInput input) {
        leader(viewer, id);
        return leaders.updateDetails(id, ownMunicipality(viewer, input));
    }

    private static LeaderInput ownMunicipality(Viewer viewer, LeaderInput input) {
        return new LeaderInput(Tenancy.contactMunicipality(viewer), input.name(), input.email(), input.phone(), input.positionTitle(), input.sectorId(),
                input.unit(), input.reportsToId(), input.version());
    }

    static AdviserContact contact(AdviserCard a) {
        return new AdviserContact(a.name(), a.title(), a.email(), a.phone());
    }
}

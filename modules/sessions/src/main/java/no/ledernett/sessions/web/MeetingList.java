package no.ledernett.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ledernett.groups.Groups;
import no.ledernett.platform.InvalidInputException;
import no.ledernett.platform.ReadTogether;
import no.ledernett.platform.NotFoundException;
import no.ledernett.platform.web.FormMessages;
import no.ledernett.sessions.GroupMeeting;
import no.ledernett.sessions.Meetings;

/** Meetings: the upcoming ones across groups, or one group's whole schedule. */
@Named
@ViewScoped
public class MeetingList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Groups groups;

    @Inject
    no.ledernett.sessions.AdviserScope scope;

    @Inject
    no.ledernett.platform.Viewer viewer;

    private Long groupId;
    private String groupName;
    private List<GroupMeeting> list;
    private Map<Long, String> groupNames = Map.of();

    /** Reads together: one persistence context, so the group is read once. */
    @ReadTogether
    public void load() {
        if (groupId != null) {
            try {
                scope.group(viewer, groupId);
                groupName = groups.get(groupId).getName();
                list = meetings.of(groupId);
                groupNames = Map.of(groupId, groupName);
            } catch (NotFoundException e) {
                org.omnifaces.util.Faces.responseSendError(404, "Group not found");
            }
        } else {
            Long adviser = no.ledernett.sessions.AdviserScope.limitTo(viewer);
            list = adviser == null ? meetings.upcoming(LocalDate.now(), 200) : meetings.upcomingFor(adviser, LocalDate.now(), 200);
            List<Long> ids = list.stream().map(GroupMeeting::getGroupId).distinct().toList();
            groupNames = groups.names(ids);
        }
    }

    public void schedule() {
        try {
            meetings.schedule(groupId);
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("meetings", e);
        }
        load();
    }

    public void cancel(GroupMeeting meeting) {
        try {
            meetings.cancel(meeting.getId());
        } catch (InvalidInputException e) {
            FormMessages.show("meetings", e);
        }
        load();
    }

    public boolean isStaff() {
        return viewer.is(no.ledernett.platform.Viewer.Role.STAFF);
    }

    public String groupName(long id) {
        return groupNames.getOrDefault(id, "#" + id);
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public List<GroupMeeting> getMeetings() {
        if (list == null) {
            load();
        }
        return list;
    }
}

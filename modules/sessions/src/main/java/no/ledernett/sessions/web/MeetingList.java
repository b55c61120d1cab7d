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
    private LocalDate from;
    private LocalDate to;
    private LocalDate extraDate;
    private String extraStart;
    private String extraEnd;
    private String extraPlace;

    /** Reads together: one persistence context, so the group is read once. */
    @ReadTogether
    public void load() {
        if (groupId != null) {
            try {
                scope.group(viewer, groupId);
                groupName = groups.view(groupId).name();
                list = meetings.of(groupId);
                groupNames = Map.of(groupId, groupName);
                fillExtraForm();
            } catch (NotFoundException e) {
                org.omnifaces.util.Faces.responseSendError(404, "Group not found");
            }
        } else {
            Long adviser = no.ledernett.sessions.AdviserScope.limitTo(viewer);
            list = meetings.planned(from == null ? no.ledernett.platform.NorwegianTime.today() : from, to, adviser, 200);
            List<Long> ids = list.stream().map(GroupMeeting::getGroupId).distinct().toList();
            groupNames = groups.names(ids);
        }
    }

    public void schedule() {
        try {
            meetings.schedule(viewer, groupId);
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("meetings", e);
        } catch (NotFoundException e) {
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "common.gone");
        }
        load();
    }

    /** Cancels a meeting as the list showed it: one changed since (moved, held) is a conflict, nothing changed. */
    public void cancel(GroupMeeting meeting) {
        try {
            meetings.cancel(viewer, meeting.getId(), meeting.getVersion());
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "common.saved");
        } catch (InvalidInputException e) {
            FormMessages.show("meetings", e);
        } catch (no.ledernett.platform.ConflictException e) {
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "common.conflict");
        } catch (NotFoundException e) {
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "common.gone");
        }
        load();
    }

    /** Adds an extra meeting to the group's series; its members and adviser get an invitation. */
    public void add() {
        try {
            meetings.add(viewer, groupId, extraDate == null ? null : extraDate.toString(), extraStart, extraEnd, extraPlace);
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "common.saved");
            extraDate = null;
        } catch (InvalidInputException e) {
            FormMessages.show("extra", e);
            return;
        } catch (NotFoundException e) {
            FormMessages.global(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "common.gone");
            return;
        }
        load();
    }

    /** The extra meeting's form starts from the series' last meeting: its times and place. */
    private void fillExtraForm() {
        if (extraStart == null && list != null && !list.isEmpty()) {
            GroupMeeting last = list.get(list.size() - 1);
            extraStart = last.getStart().toString();
            extraEnd = last.getEnd().toString();
            extraPlace = last.getPlace();
        }
    }

    public LocalDate getExtraDate() {
        return extraDate;
    }

    public void setExtraDate(LocalDate extraDate) {
        this.extraDate = extraDate;
    }

    public String getExtraStart() {
        return extraStart;
    }

    public void setExtraStart(String extraStart) {
        this.extraStart = extraStart;
    }

    public String getExtraEnd() {
        return extraEnd;
    }

    public void setExtraEnd(String extraEnd) {
        this.extraEnd = extraEnd;
    }

    public String getExtraPlace() {
        return extraPlace;
    }

    public void setExtraPlace(String extraPlace) {
        this.extraPlace = extraPlace;
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

    /** The first day shown in the list of all meetings (view parameter {@code from}, yyyy-MM-dd); none: today. */
    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** The last day shown (view parameter {@code to}); none: every planned meeting from {@code from} on. */
    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

-- A meeting keeps its group plan's mode (in person or video), so its place is read as a room or a
-- link. Meetings generated before this column existed take their group's mode, and planned video
-- meetings get back the link their plan gave (generation used to drop it).
ALTER TABLE group_meeting ADD COLUMN meeting_mode VARCHAR(20);
UPDATE group_meeting SET meeting_mode = (SELECT g.meeting_mode FROM network_group g WHERE g.id = group_meeting.group_id);
UPDATE group_meeting SET place = (SELECT g.location FROM network_group g WHERE g.id = group_meeting.group_id)
    WHERE place IS NULL AND status = 'PLANNED' AND meeting_mode = 'VIDEO';

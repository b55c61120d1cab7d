-- The facilitator's phase timer: which phase a meeting is in and when it started (milliseconds
-- since the epoch, the server's clock), kept on the server so a reload, a postback or another
-- instance shows the same time left (issue 20). Written apart from the meeting's version.
ALTER TABLE group_meeting ADD COLUMN phase_index INTEGER;
ALTER TABLE group_meeting ADD COLUMN phase_started_ms BIGINT;

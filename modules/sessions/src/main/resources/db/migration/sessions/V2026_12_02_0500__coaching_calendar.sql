-- Coaching sessions in the calendar feeds: like a meeting's, a session's event raises its SEQUENCE
-- when it changes (cancelled), so calendars update the event instead of adding one. Its UID comes
-- from its id and needs no column.
ALTER TABLE coaching_session ADD COLUMN ics_sequence INTEGER DEFAULT 0 NOT NULL;

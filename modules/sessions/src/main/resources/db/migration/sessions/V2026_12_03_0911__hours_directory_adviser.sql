-- The hours directory names who logged the hours too, so the management figures can be filtered by adviser (issue 22).
DROP VIEW hours_directory;
CREATE VIEW hours_directory AS SELECT id, engagement_id, work_date, hours, reference, description, adviser_id FROM hours_entry;

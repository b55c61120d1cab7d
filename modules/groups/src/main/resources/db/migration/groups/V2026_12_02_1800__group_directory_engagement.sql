-- The group directory names each group's engagement too, for the client report (issue 22).
DROP VIEW group_directory;
CREATE VIEW group_directory AS SELECT id, name, adviser_id, municipality_number, status, engagement_id FROM network_group;

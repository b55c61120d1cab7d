-- What other modules may read of groups and memberships: groups' published read models
-- (docs/architecture.md). Other modules map these views read-only, never the tables.
CREATE VIEW group_directory AS SELECT id, name, adviser_id, municipality_number, status FROM network_group;
CREATE VIEW membership_directory AS
SELECT m.id, m.leader_id, m.group_id, g.name AS group_name, m.joined_on, m.left_on
FROM group_membership m JOIN network_group g ON g.id = m.group_id;

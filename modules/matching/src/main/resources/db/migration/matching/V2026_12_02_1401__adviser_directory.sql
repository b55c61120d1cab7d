-- What other modules may read of advisers and subject areas: matching's published read models
-- (docs/architecture.md). Other modules map these views read-only, never the tables.
CREATE VIEW adviser_directory AS SELECT id, name FROM adviser;
CREATE VIEW subject_area_directory AS SELECT id, name FROM subject_area;

-- What other modules may read of the hours logged: sessions' published read model
-- (docs/architecture.md). Invoicing maps this view read-only to bill hours not yet billed.
CREATE VIEW hours_directory AS SELECT id, engagement_id, work_date, hours, reference, description FROM hours_entry;

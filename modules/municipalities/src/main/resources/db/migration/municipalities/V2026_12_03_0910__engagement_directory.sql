-- What other modules may read of engagements: municipalities' published read model (docs/architecture.md).
-- The management figures in reports join it with sessions' hours_directory to sum hours sold, used and
-- remaining per client and month in one statement.
CREATE VIEW engagement_directory AS
SELECT e.id, e.municipality_number, m.name AS municipality_name, m.county_number, e.kind, e.start_date, e.end_date, e.hour_budget, e.status
FROM engagement e JOIN municipality m ON m.municipality_number = e.municipality_number;

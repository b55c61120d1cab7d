-- What other modules may read of a leader: this view is municipalities' published read model
-- (docs/architecture.md). Other modules map it read-only and never the leader table, so this
-- module may change its tables as long as the view keeps its columns. The municipality is a left
-- join so that a database can leave it out of a query that does not read its name.
CREATE VIEW leader_directory AS
SELECT l.id, l.name, l.email, l.phone, l.position_title, l.unit, l.sector_id, l.reports_to_id,
       l.municipality_number, m.name AS municipality_name
FROM leader l LEFT JOIN municipality m ON m.municipality_number = l.municipality_number;

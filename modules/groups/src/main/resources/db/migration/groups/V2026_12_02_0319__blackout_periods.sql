-- When in the year a group does not meet: the school summer holiday and Christmas by default,
-- changed per group on its form. Each period is from/to as ISO month-days, both included, and
-- may run over New Year: '--07-01/--07-31;--12-20/--01-03'. Empty: the group meets all year.
ALTER TABLE network_group ADD COLUMN blackout_periods VARCHAR(500) DEFAULT '--07-01/--07-31;--12-20/--01-03' NOT NULL;

-- A municipality's official written form (målform): the language its contacts and leaders see
-- until they choose one themselves. Kept apart from the municipality table, which is reference
-- data cached by every instance; no row means neutral.
CREATE TABLE municipality_written_form (
    municipality_number VARCHAR(4)  NOT NULL PRIMARY KEY REFERENCES municipality (municipality_number),
    written_form        VARCHAR(10) NOT NULL,
    version             BIGINT      NOT NULL
);

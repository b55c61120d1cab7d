-- Leaders employed by a municipality (deltakere). Their sector is a subject area of the matching
-- module, referred to by id only.
CREATE SEQUENCE leader_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE leader (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    municipality_number VARCHAR(4)   NOT NULL REFERENCES municipality (municipality_number),
    name                VARCHAR(200) NOT NULL,
    email               VARCHAR(254) NOT NULL,
    phone               VARCHAR(20),
    position_title      VARCHAR(200),
    sector_id           BIGINT,
    unit                VARCHAR(200),
    reports_to_id       BIGINT       REFERENCES leader (id) ON DELETE SET NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX leader_municipality_idx ON leader (municipality_number, name);
CREATE INDEX leader_reports_to_idx ON leader (reports_to_id);

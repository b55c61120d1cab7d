-- Municipalities (reference data), their contacts, leadership programmes and engagements.
-- Runs unchanged on H2 2.2 and PostgreSQL 15.

CREATE TABLE municipality (
    municipality_number VARCHAR(4)   NOT NULL PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    county_number       VARCHAR(2)   NOT NULL,
    county_name         VARCHAR(100) NOT NULL,
    other_names         VARCHAR(200)
);
CREATE INDEX municipality_county_idx ON municipality (county_number);
CREATE INDEX municipality_name_idx ON municipality (name);

CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    municipality_number VARCHAR(4)   NOT NULL REFERENCES municipality (municipality_number),
    name                VARCHAR(200) NOT NULL,
    job_title           VARCHAR(200),
    email               VARCHAR(254) NOT NULL,
    phone               VARCHAR(20),
    version             BIGINT       NOT NULL
);
CREATE INDEX contact_municipality_idx ON contact (municipality_number);

CREATE SEQUENCE programme_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE programme (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    municipality_number VARCHAR(4)   NOT NULL REFERENCES municipality (municipality_number),
    name                VARCHAR(200) NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT programme_name_uq UNIQUE (municipality_number, name)
);

CREATE SEQUENCE engagement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE engagement (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    municipality_number VARCHAR(4)    NOT NULL REFERENCES municipality (municipality_number),
    kind                VARCHAR(30)   NOT NULL,
    programme_id        BIGINT        REFERENCES programme (id),
    start_date          DATE          NOT NULL,
    end_date            DATE          NOT NULL,
    hour_budget         INTEGER       NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    notes               VARCHAR(4000),
    version             BIGINT        NOT NULL,
    CONSTRAINT engagement_period_ck CHECK (end_date >= start_date),
    CONSTRAINT engagement_budget_ck CHECK (hour_budget > 0)
);
CREATE INDEX engagement_municipality_idx ON engagement (municipality_number, status);
CREATE INDEX engagement_programme_idx ON engagement (programme_id);

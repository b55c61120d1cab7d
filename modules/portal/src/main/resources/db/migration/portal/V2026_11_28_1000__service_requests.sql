-- What a municipality's contact asks the consultancy for through the portal, until staff act on it.
CREATE SEQUENCE service_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_request (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    municipality       VARCHAR(4)    NOT NULL REFERENCES municipality (municipality_number),
    requested_by       BIGINT,
    requester_name     VARCHAR(200)  NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    subject_area_id    BIGINT        REFERENCES subject_area (id),
    competence_wanted  BOOLEAN       NOT NULL,
    participants       INTEGER       NOT NULL,
    period_start       DATE          NOT NULL,
    period_end         DATE          NOT NULL,
    wishes             VARCHAR(4000),
    status             VARCHAR(20)   NOT NULL,
    created_at         TIMESTAMP     NOT NULL,
    handled_at         TIMESTAMP,
    staff_note         VARCHAR(1000),
    version            BIGINT        NOT NULL
);
CREATE INDEX service_request_status_idx ON service_request (status, created_at);
CREATE INDEX service_request_municipality_idx ON service_request (municipality);

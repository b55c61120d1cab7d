-- Advisers, subject areas and competences; commitments (load) and batch proposals.
-- Municipalities are referred to by number only: matching does not depend on that module.
-- Flags that queries filter on are text, not BOOLEAN: EclipseLink binds booleans as 1/0 on H2,
-- which H2 2.x refuses to compare with a BOOLEAN column.

CREATE SEQUENCE subject_area_seq START WITH 1050 INCREMENT BY 50;
CREATE TABLE subject_area (
    id         BIGINT       NOT NULL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL,
    sort_order INTEGER      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT subject_area_code_uq UNIQUE (code)
);
INSERT INTO subject_area (id, code, name, active, sort_order, version) VALUES
    (1, 'skole', 'Skole', TRUE, 10, 1),
    (2, 'barnehage', 'Barnehage', TRUE, 20, 1),
    (3, 'helse-omsorg', 'Helse og omsorg', TRUE, 30, 1),
    (4, 'barnevern', 'Barnevern', TRUE, 40, 1),
    (5, 'nav-sosial', 'NAV og sosial', TRUE, 50, 1),
    (6, 'teknisk-plan', 'Teknisk og plan', TRUE, 60, 1),
    (7, 'kultur', 'Kultur', TRUE, 70, 1),
    (8, 'administrasjon', 'Administrasjon og økonomi', TRUE, 80, 1),
    (9, 'psykisk-helse-rus', 'Psykisk helse og rus', TRUE, 90, 1);

CREATE SEQUENCE adviser_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE adviser (
    id               BIGINT       NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    title            VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    phone            VARCHAR(20),
    home_county      VARCHAR(2)   NOT NULL,
    written_forms    VARCHAR(40)  NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    monthly_capacity INTEGER      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT adviser_capacity_ck CHECK (monthly_capacity >= 0)
);
CREATE INDEX adviser_name_idx ON adviser (name);

CREATE TABLE adviser_absence (
    adviser_id BIGINT       NOT NULL REFERENCES adviser (id) ON DELETE CASCADE,
    start_date DATE         NOT NULL,
    end_date   DATE         NOT NULL,
    reason     VARCHAR(200)
);
CREATE INDEX adviser_absence_adviser_idx ON adviser_absence (adviser_id);

CREATE SEQUENCE competence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE competence (
    id              BIGINT      NOT NULL PRIMARY KEY,
    adviser_id      BIGINT      NOT NULL REFERENCES adviser (id) ON DELETE CASCADE,
    subject_area_id BIGINT      NOT NULL REFERENCES subject_area (id),
    level           INTEGER     NOT NULL,
    note            VARCHAR(500),
    version         BIGINT      NOT NULL,
    CONSTRAINT competence_uq UNIQUE (adviser_id, subject_area_id),
    CONSTRAINT competence_level_ck CHECK (level BETWEEN 1 AND 3)
);
CREATE INDEX competence_subject_idx ON competence (subject_area_id, level);

CREATE SEQUENCE commitment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE commitment (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    adviser_id          BIGINT        NOT NULL REFERENCES adviser (id) ON DELETE CASCADE,
    municipality_number VARCHAR(4)    NOT NULL,
    reference           VARCHAR(100)  NOT NULL,
    label               VARCHAR(200)  NOT NULL,
    hours_per_month     NUMERIC(6, 2) NOT NULL,
    start_date          DATE          NOT NULL,
    end_date            DATE          NOT NULL
);
CREATE INDEX commitment_adviser_idx ON commitment (adviser_id, end_date);
CREATE INDEX commitment_reference_idx ON commitment (reference);

CREATE SEQUENCE proposal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal (
    id            BIGINT         NOT NULL PRIMARY KEY,
    status        VARCHAR(20)    NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    computed_at   TIMESTAMP,
    published_at  TIMESTAMP,
    total_score   NUMERIC(12, 2),
    greedy_score  NUMERIC(12, 2),
    upper_bound   NUMERIC(12, 2),
    optimal       BOOLEAN,
    solve_millis  BIGINT,
    failure       VARCHAR(500),
    version       BIGINT         NOT NULL
);

CREATE SEQUENCE proposal_need_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal_need (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    proposal_id         BIGINT        NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    position            INTEGER       NOT NULL,
    reference           VARCHAR(100)  NOT NULL,
    label               VARCHAR(200)  NOT NULL,
    subject_area_id     BIGINT        REFERENCES subject_area (id),
    competence_required BOOLEAN       NOT NULL,
    municipality_number VARCHAR(4)    NOT NULL,
    meeting_mode        VARCHAR(20)   NOT NULL,
    written_form        VARCHAR(20),
    start_date          DATE          NOT NULL,
    end_date            DATE          NOT NULL,
    hours_per_month     NUMERIC(6, 2) NOT NULL,
    proposed_adviser_id BIGINT        REFERENCES adviser (id) ON DELETE SET NULL,
    score               NUMERIC(8, 2),
    pinned_adviser_id   BIGINT        REFERENCES adviser (id) ON DELETE SET NULL,
    forbidden_advisers  VARCHAR(2000),
    alternatives        VARCHAR(500),
    unassigned_reason   VARCHAR(40)
);
CREATE INDEX proposal_need_proposal_idx ON proposal_need (proposal_id, position);

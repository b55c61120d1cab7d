-- Network groups of leaders and their members.
CREATE SEQUENCE network_group_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE network_group (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    municipality_number VARCHAR(4)   NOT NULL REFERENCES municipality (municipality_number),
    engagement_id       BIGINT       NOT NULL REFERENCES engagement (id),
    kind                VARCHAR(30)  NOT NULL,
    subject_area_id     BIGINT       REFERENCES subject_area (id),
    competence_required BOOLEAN      NOT NULL,
    default_method      VARCHAR(20)  NOT NULL,
    planned_meetings    INTEGER      NOT NULL,
    meeting_interval    VARCHAR(30)  NOT NULL,
    meeting_minutes     INTEGER      NOT NULL,
    start_date          DATE         NOT NULL,
    meeting_mode        VARCHAR(20)  NOT NULL,
    location            VARCHAR(200),
    status              VARCHAR(20)  NOT NULL,
    adviser_id          BIGINT       REFERENCES adviser (id) ON DELETE SET NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX network_group_municipality_idx ON network_group (municipality_number, status);
CREATE INDEX network_group_engagement_idx ON network_group (engagement_id);
CREATE INDEX network_group_adviser_idx ON network_group (adviser_id);
CREATE INDEX network_group_name_idx ON network_group (name);

CREATE SEQUENCE group_membership_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE group_membership (
    id        BIGINT NOT NULL PRIMARY KEY,
    group_id  BIGINT NOT NULL REFERENCES network_group (id) ON DELETE CASCADE,
    leader_id BIGINT NOT NULL REFERENCES leader (id) ON DELETE CASCADE,
    joined_on DATE   NOT NULL,
    left_on   DATE,
    version   BIGINT NOT NULL
);
CREATE INDEX group_membership_group_idx ON group_membership (group_id);
CREATE INDEX group_membership_leader_idx ON group_membership (leader_id);

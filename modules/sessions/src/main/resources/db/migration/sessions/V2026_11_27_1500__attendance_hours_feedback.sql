-- Attendance at meetings, hours logged against engagements, and feedback after meetings.
CREATE SEQUENCE attendance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attendance (
    id         BIGINT      NOT NULL PRIMARY KEY,
    meeting_id BIGINT      NOT NULL REFERENCES group_meeting (id) ON DELETE CASCADE,
    leader_id  BIGINT      NOT NULL REFERENCES leader (id) ON DELETE CASCADE,
    presence   VARCHAR(10) NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT attendance_uq UNIQUE (meeting_id, leader_id)
);
CREATE INDEX attendance_leader_idx ON attendance (leader_id);

CREATE SEQUENCE hours_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE hours_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    engagement_id BIGINT        NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    work_date     DATE          NOT NULL,
    hours         NUMERIC(7, 2) NOT NULL,
    reference     VARCHAR(100)  NOT NULL,
    description   VARCHAR(300)  NOT NULL,
    adviser_id    BIGINT        REFERENCES adviser (id) ON DELETE SET NULL,
    CONSTRAINT hours_entry_reference_uq UNIQUE (reference)
);
CREATE INDEX hours_entry_engagement_idx ON hours_entry (engagement_id, work_date);

CREATE SEQUENCE feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE feedback (
    id         BIGINT        NOT NULL PRIMARY KEY,
    meeting_id BIGINT        NOT NULL REFERENCES group_meeting (id) ON DELETE CASCADE,
    leader_id  BIGINT        NOT NULL REFERENCES leader (id) ON DELETE CASCADE,
    rating     INTEGER       NOT NULL,
    comment    VARCHAR(2000),
    version    BIGINT        NOT NULL,
    CONSTRAINT feedback_uq UNIQUE (meeting_id, leader_id),
    CONSTRAINT feedback_rating_ck CHECK (rating BETWEEN 1 AND 5)
);

-- Unguessable calendar feed addresses, one per adviser or leader, that can be revoked.
CREATE SEQUENCE calendar_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE calendar_link (
    id         BIGINT      NOT NULL PRIMARY KEY,
    token      VARCHAR(64) NOT NULL,
    owner_kind VARCHAR(10) NOT NULL,
    owner_id   BIGINT      NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    revoked_at TIMESTAMP,
    CONSTRAINT calendar_link_token_uq UNIQUE (token)
);
CREATE INDEX calendar_link_owner_idx ON calendar_link (owner_kind, owner_id);

-- Network meetings and the leadership challenges brought to them.
CREATE SEQUENCE group_meeting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE group_meeting (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    group_id           BIGINT       NOT NULL REFERENCES network_group (id) ON DELETE CASCADE,
    number_in_series   INTEGER      NOT NULL,
    meeting_date       DATE         NOT NULL,
    start_time         TIME         NOT NULL,
    end_time           TIME         NOT NULL,
    method             VARCHAR(20)  NOT NULL,
    place              VARCHAR(300),
    status             VARCHAR(20)  NOT NULL,
    focus_challenge_id BIGINT,
    ics_uid            VARCHAR(100) NOT NULL,
    ics_sequence       INTEGER      NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT group_meeting_time_ck CHECK (end_time > start_time)
);
CREATE INDEX group_meeting_group_idx ON group_meeting (group_id, meeting_date);
CREATE INDEX group_meeting_date_idx ON group_meeting (meeting_date);

CREATE SEQUENCE challenge_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE challenge (
    id             BIGINT        NOT NULL PRIMARY KEY,
    meeting_id     BIGINT        NOT NULL REFERENCES group_meeting (id) ON DELETE CASCADE,
    leader_id      BIGINT        NOT NULL REFERENCES leader (id) ON DELETE CASCADE,
    title          VARCHAR(200)  NOT NULL,
    description    VARCHAR(4000),
    help_wanted    VARCHAR(2000),
    entered_by     VARCHAR(20)   NOT NULL,
    submitted_at   TIMESTAMP     NOT NULL,
    next_step      VARCHAR(2000),
    next_step_done BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT challenge_one_per_leader_uq UNIQUE (meeting_id, leader_id)
);
CREATE INDEX challenge_leader_idx ON challenge (leader_id);
ALTER TABLE group_meeting ADD CONSTRAINT group_meeting_focus_fk FOREIGN KEY (focus_challenge_id) REFERENCES challenge (id) ON DELETE SET NULL;

-- Individual leadership coaching: a course for one leader with one adviser, and its sessions.
CREATE SEQUENCE coaching_course_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coaching_course (
    id              BIGINT        NOT NULL PRIMARY KEY,
    leader_id       BIGINT        NOT NULL REFERENCES leader (id) ON DELETE CASCADE,
    adviser_id      BIGINT        NOT NULL REFERENCES adviser (id),
    engagement_id   BIGINT        NOT NULL REFERENCES engagement (id),
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    hours_per_month NUMERIC(6, 2) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX coaching_course_adviser_idx ON coaching_course (adviser_id);
CREATE INDEX coaching_course_leader_idx ON coaching_course (leader_id);

CREATE SEQUENCE coaching_session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE coaching_session (
    id            BIGINT        NOT NULL PRIMARY KEY,
    course_id     BIGINT        NOT NULL REFERENCES coaching_course (id) ON DELETE CASCADE,
    session_date  DATE          NOT NULL,
    start_time    TIME          NOT NULL,
    end_time      TIME          NOT NULL,
    session_mode  VARCHAR(20)   NOT NULL,
    place         VARCHAR(300),
    status        VARCHAR(20)   NOT NULL,
    adviser_notes VARCHAR(8000),
    version       BIGINT        NOT NULL
);
CREATE INDEX coaching_session_course_idx ON coaching_session (course_id, session_date);

-- What staff and advisers are told (the bell and e-mail). One row per user and event: the unique
-- key is what keeps a notification single when the same event is heard twice, or by two instances
-- of a cluster at once; the mail about it is queued in the same transaction as the row, so it is
-- single too. status: UNREAD, READ, or HIDDEN (the user had the kind switched off in the app; the
-- row still records that the event was handled).
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    user_id     BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    kind        VARCHAR(30)   NOT NULL,
    event_key   VARCHAR(200)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    detail      VARCHAR(100),
    link        VARCHAR(300)  NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    CONSTRAINT notification_event_uq UNIQUE (user_id, event_key)
);
CREATE INDEX notification_unread_idx ON notification (user_id, status, created_at);

-- A user's choice per kind: in the app, by e-mail. A kind without a row has the defaults
-- (NotificationKind): every kind in the app, the urgent ones by e-mail too.
CREATE SEQUENCE notification_setting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification_setting (
    id          BIGINT        NOT NULL PRIMARY KEY,
    user_id     BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    kind        VARCHAR(30)   NOT NULL,
    in_app      BOOLEAN       NOT NULL,
    by_mail     BOOLEAN       NOT NULL,
    CONSTRAINT notification_setting_uq UNIQUE (user_id, kind)
);

-- Events heard from other modules and not yet told (a transactional outbox): written in the
-- transaction of the change that caused them, told by the relay on any instance after a claim
-- (claimed_at set by a conditional update only one writer wins), deleted once told. A row whose
-- claim is old was left by a stopped instance and is taken again; after five attempts it stays,
-- with its last error, for an operator.
CREATE SEQUENCE notification_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    kind        VARCHAR(30)   NOT NULL,
    ref_id      BIGINT        NOT NULL,
    other_id    BIGINT,
    text        VARCHAR(300),
    created_at  TIMESTAMP     NOT NULL,
    claimed_at  TIMESTAMP,
    attempts    INTEGER       NOT NULL DEFAULT 0,
    last_error  VARCHAR(500)
);
CREATE INDEX notification_event_due_idx ON notification_event (attempts, claimed_at, id);

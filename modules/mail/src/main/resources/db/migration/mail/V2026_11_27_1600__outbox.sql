-- E-mails waiting to be sent. Written in the same transaction as the change they tell about, so
-- a rolled-back change sends nothing and a mail server that is down never undoes a change.
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id              BIGINT        NOT NULL PRIMARY KEY,
    dedupe_key      VARCHAR(200)  NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    calendar        VARCHAR(8000),
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    CONSTRAINT outgoing_mail_dedupe_uq UNIQUE (dedupe_key)
);
CREATE INDEX outgoing_mail_due_idx ON outgoing_mail (status, next_attempt_at);

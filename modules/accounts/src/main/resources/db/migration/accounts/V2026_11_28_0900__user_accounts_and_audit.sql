-- Who can sign in, as what, and what they did with confidential text.
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_account (
    id              BIGINT        NOT NULL PRIMARY KEY,
    email           VARCHAR(254)  NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    role            VARCHAR(20)   NOT NULL,
    leader_id       BIGINT        REFERENCES leader (id) ON DELETE SET NULL,
    adviser_id      BIGINT        REFERENCES adviser (id) ON DELETE SET NULL,
    municipality    VARCHAR(4)    REFERENCES municipality (municipality_number),
    password_hash   VARCHAR(400),
    token_hash      VARCHAR(64),
    token_expires   TIMESTAMP,
    failed_sign_ins INTEGER       NOT NULL,
    locked_until    TIMESTAMP,
    last_sign_in    TIMESTAMP,
    status          VARCHAR(20)   NOT NULL,
    language        VARCHAR(10),
    version         BIGINT        NOT NULL
);
CREATE UNIQUE INDEX user_account_email_idx ON user_account (email);
CREATE INDEX user_account_token_idx ON user_account (token_hash);
CREATE INDEX user_account_leader_idx ON user_account (leader_id);
CREATE INDEX user_account_adviser_idx ON user_account (adviser_id);
CREATE INDEX user_account_municipality_idx ON user_account (municipality);

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    at          TIMESTAMP     NOT NULL,
    user_id     BIGINT,
    who         VARCHAR(254)  NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    subject     VARCHAR(100),
    detail      VARCHAR(400)
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_user_idx ON audit_entry (user_id, at);

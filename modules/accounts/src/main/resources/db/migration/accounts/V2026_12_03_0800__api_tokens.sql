-- Named API tokens for programs (an HR system's leader sync, a reporting tool), each owned by a
-- user and acting as that user (a contact's token sees only their municipality). Only the token's
-- SHA-256 is kept: the token itself is shown once, when it is made. Revoked and expired tokens stay
-- for the record of who had access when.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id            BIGINT        NOT NULL PRIMARY KEY,
    user_id       BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name          VARCHAR(100)  NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    scope         VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    expires_on    DATE          NOT NULL,
    last_used_at  TIMESTAMP,
    revoked_at    TIMESTAMP,
    version       BIGINT        NOT NULL
);
CREATE UNIQUE INDEX api_token_hash_idx ON api_token (token_hash);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- A user's sessions and remembered API credentials end when their credentials change (disabled,
-- a new password, a new role): every change bumps credentials_stamp, and a session signed in with
-- an older stamp is refused. credentials_changed lets each instance pick up changes it missed.
-- resets_since/resets_sent limit the reset links mailed to one address per hour.
ALTER TABLE user_account ADD COLUMN credentials_stamp BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN credentials_changed TIMESTAMP;
ALTER TABLE user_account ADD COLUMN resets_since TIMESTAMP;
ALTER TABLE user_account ADD COLUMN resets_sent INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX user_account_credentials_idx ON user_account (credentials_changed);

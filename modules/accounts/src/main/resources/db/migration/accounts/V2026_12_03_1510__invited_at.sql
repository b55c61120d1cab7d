-- When a user's latest invitation link was mailed, for the list of who was invited and when
-- (the link's expiry alone is gone once the invitation is taken up). Unknown for older accounts.
ALTER TABLE user_account ADD COLUMN invited_at TIMESTAMP;

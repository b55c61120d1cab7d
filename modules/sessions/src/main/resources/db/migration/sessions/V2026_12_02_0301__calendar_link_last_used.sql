-- When a calendar program last fetched the feed: staff see which links are in use before revoking one.
ALTER TABLE calendar_link ADD COLUMN last_used_at TIMESTAMP;

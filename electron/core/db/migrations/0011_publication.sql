-- Hindsight schema, version 11: when a meeting was published (issue #14). Forward-only, additive.

-- UTC ms of the move to "published", null while the meeting is not published: the reflection's
-- "days from resolution to publication" reads it.
ALTER TABLE meetings ADD COLUMN published_at INTEGER;

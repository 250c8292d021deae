-- Hindsight schema, version 10: joining a room from Hindsight (issue 15). Forward-only and additive.

-- What this app captured into a room's meeting as a note-taker, kept in the same transaction
-- as the record itself: an entry waits (sent_at NULL) until the hub confirmed it, so a quit, a
-- crash or a dropped network loses nothing, and the hub's add is idempotent by record id.
-- A capture the hub refused for good keeps its reason. `seq` is the order it was captured in.
CREATE TABLE room_outbox (
  seq INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  method TEXT NOT NULL,
  input TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  refusal TEXT
) STRICT;

CREATE INDEX room_outbox_meeting ON room_outbox (meeting_id, seq);

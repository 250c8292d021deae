-- Hindsight schema, version 16 (issue #16: start-up and writes independent of the library's size).
-- Forward-only: it adds a table and its triggers, and drops one index (no data).
--
-- Each meeting's number of live events, kept by triggers. The library's list showed it by
-- counting every event of every meeting, so opening the app took longer the more the library
-- held; now it reads one row per meeting. Every way an event changes (typed, imported, merged,
-- deleted, restored, removed) goes through these triggers, so the count cannot drift from the log.

CREATE TABLE meeting_log_counts (
  meeting_id  TEXT PRIMARY KEY REFERENCES meetings (id),
  live_events INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

INSERT INTO meeting_log_counts (meeting_id, live_events)
  SELECT meeting_id, count(*) FROM timeline_events WHERE deleted_at IS NULL GROUP BY meeting_id;

CREATE TRIGGER timeline_events_count_insert AFTER INSERT ON timeline_events
  WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO meeting_log_counts (meeting_id, live_events) VALUES (NEW.meeting_id, 1)
    ON CONFLICT (meeting_id) DO UPDATE SET live_events = live_events + 1;
END;

CREATE TRIGGER timeline_events_count_delete AFTER DELETE ON timeline_events
  WHEN OLD.deleted_at IS NULL
BEGIN
  UPDATE meeting_log_counts SET live_events = live_events - 1 WHERE meeting_id = OLD.meeting_id;
END;

-- A soft delete, a restore, or an event moved to another meeting.
CREATE TRIGGER timeline_events_count_update AFTER UPDATE OF deleted_at, meeting_id ON timeline_events
  WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) OR OLD.meeting_id <> NEW.meeting_id
BEGIN
  UPDATE meeting_log_counts SET live_events = live_events - 1
   WHERE meeting_id = OLD.meeting_id AND OLD.deleted_at IS NULL;
  INSERT INTO meeting_log_counts (meeting_id, live_events)
    SELECT NEW.meeting_id, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (meeting_id) DO UPDATE SET live_events = live_events + 1;
END;

-- Every write marks its meeting changed (meetings.updated_at, the library's sort), and this
-- index made that one more page written and synced per write, to spare a sort of the library's
-- rows, which the list reads whole anyway: a few hundred meetings sort in well under a millisecond.
-- Dropping it loses no data.
DROP INDEX meetings_by_updated;

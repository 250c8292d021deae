-- Hindsight schema, version 7: the blameless coach (issue #14). Forward-only and additive.

-- A language finding someone marked "this is fine here", by the finding's stable key (record,
-- field, category and the words flagged; see shared/domain/coach/meetingFindings.ts), so the
-- nudge stays away after a restart and while the rest of the text is edited.
CREATE TABLE coach_dismissals (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  finding_key TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, finding_key)
) STRICT, WITHOUT ROWID;

-- The reflection after the meeting (DESIGN.md section 2): a short note per aspect.
CREATE TABLE reflection_notes (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  aspect TEXT NOT NULL,
  note TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (meeting_id, aspect)
) STRICT, WITHOUT ROWID;

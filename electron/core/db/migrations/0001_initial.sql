-- Hindsight schema, version 1. Forward-only: never edit this file once shipped; add 0002_….sql.
-- Every record: UUID id, created_at / updated_at / deleted_at in UTC ms, created_by (device).
-- Deletion is soft (deleted_at) so that merges carry deletions and undo is always possible.

CREATE TABLE app_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE meetings (
  id                  TEXT PRIMARY KEY,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  deleted_at          INTEGER,
  created_by          TEXT NOT NULL,
  title               TEXT NOT NULL,
  incident_id         TEXT NOT NULL DEFAULT '',
  severity            TEXT CHECK (severity IN ('SEV-1', 'SEV-2', 'SEV-3', 'SEV-4')),
  status              TEXT NOT NULL CHECK (status IN ('draft', 'live', 'review', 'published')),
  started_at          INTEGER,
  detected_at         INTEGER,
  mitigated_at        INTEGER,
  resolved_at         INTEGER,
  time_zone           TEXT NOT NULL,
  summary             TEXT NOT NULL DEFAULT '',
  affected_services   TEXT NOT NULL DEFAULT '[]',
  blameless_statement TEXT NOT NULL DEFAULT '',
  template_id         TEXT
) STRICT;
CREATE INDEX meetings_by_updated ON meetings (updated_at DESC);

CREATE TABLE participants (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  created_by TEXT NOT NULL,
  name       TEXT NOT NULL,
  role       TEXT NOT NULL,
  position   INTEGER NOT NULL
) STRICT;
CREATE INDEX participants_by_meeting ON participants (meeting_id);

CREATE TABLE agenda_steps (
  id                  TEXT PRIMARY KEY,
  meeting_id          TEXT NOT NULL REFERENCES meetings (id),
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  deleted_at          INTEGER,
  created_by          TEXT NOT NULL,
  kind                TEXT NOT NULL,
  title               TEXT NOT NULL,
  prompt              TEXT NOT NULL,
  planned_seconds     INTEGER NOT NULL,
  position            INTEGER NOT NULL,
  accumulated_seconds REAL NOT NULL DEFAULT 0,
  running_since       INTEGER,
  completed           INTEGER NOT NULL DEFAULT 0,
  skipped             INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX agenda_steps_by_meeting ON agenda_steps (meeting_id);

CREATE TABLE timeline_events (
  id          TEXT PRIMARY KEY,
  meeting_id  TEXT NOT NULL REFERENCES meetings (id),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER,
  created_by  TEXT NOT NULL,
  at          INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  outcome     TEXT,
  description TEXT NOT NULL,
  actor       TEXT NOT NULL DEFAULT '',
  evidence    TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL
) STRICT;
CREATE INDEX timeline_events_by_meeting ON timeline_events (meeting_id, at);

CREATE TABLE impacts (
  id                     TEXT PRIMARY KEY,
  meeting_id             TEXT NOT NULL UNIQUE REFERENCES meetings (id),
  created_at             INTEGER NOT NULL,
  updated_at             INTEGER NOT NULL,
  deleted_at             INTEGER,
  created_by             TEXT NOT NULL,
  users_affected         INTEGER,
  users_affected_percent REAL,
  regions                TEXT NOT NULL DEFAULT '',
  revenue_loss_estimate  REAL,
  currency               TEXT NOT NULL DEFAULT '',
  customer_reactions     TEXT NOT NULL DEFAULT '',
  support_tickets        INTEGER,
  on_call_hours          REAL,
  people_paged           INTEGER,
  notes                  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE questions (
  id            TEXT PRIMARY KEY,
  meeting_id    TEXT NOT NULL REFERENCES meetings (id),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  deleted_at    INTEGER,
  created_by    TEXT NOT NULL,
  question      TEXT NOT NULL,
  answer        TEXT NOT NULL DEFAULT '',
  answered      INTEGER NOT NULL DEFAULT 0,
  nothing_to_do INTEGER NOT NULL DEFAULT 0,
  UNIQUE (meeting_id, question)
) STRICT;

CREATE TABLE question_notes (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  created_by TEXT NOT NULL,
  question   TEXT NOT NULL,
  text       TEXT NOT NULL,
  position   INTEGER NOT NULL
) STRICT;
CREATE INDEX question_notes_by_meeting ON question_notes (meeting_id);

CREATE TABLE root_causes (
  id            TEXT PRIMARY KEY,
  meeting_id    TEXT NOT NULL UNIQUE REFERENCES meetings (id),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  deleted_at    INTEGER,
  created_by    TEXT NOT NULL,
  primary_cause TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE root_cause_items (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  created_by TEXT NOT NULL,
  kind       TEXT NOT NULL,
  text       TEXT NOT NULL,
  category   TEXT,
  position   INTEGER NOT NULL
) STRICT;
CREATE INDEX root_cause_items_by_meeting ON root_cause_items (meeting_id);

CREATE TABLE lessons (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  created_by TEXT NOT NULL,
  kind       TEXT NOT NULL,
  text       TEXT NOT NULL,
  position   INTEGER NOT NULL
) STRICT;
CREATE INDEX lessons_by_meeting ON lessons (meeting_id);

CREATE TABLE action_items (
  id              TEXT PRIMARY KEY,
  meeting_id      TEXT NOT NULL REFERENCES meetings (id),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  deleted_at      INTEGER,
  created_by      TEXT NOT NULL,
  title           TEXT NOT NULL,
  question        TEXT,
  type            TEXT NOT NULL,
  owner           TEXT NOT NULL DEFAULT '',
  due_date        TEXT,
  success_measure TEXT NOT NULL DEFAULT '',
  rank            INTEGER NOT NULL,
  status          TEXT NOT NULL,
  tracker_url     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX action_items_by_meeting ON action_items (meeting_id, rank);

CREATE TABLE parking_lot_items (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  created_by TEXT NOT NULL,
  text       TEXT NOT NULL,
  step_id    TEXT,
  resolved   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX parking_lot_items_by_meeting ON parking_lot_items (meeting_id);

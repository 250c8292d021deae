-- Hindsight schema, version 9: the people an import named, mapped to roles (issue #13). Forward-only and additive.

-- Each person a source named (a Slack author, a PagerDuty agent) and the role or team they acted
-- as in this meeting, written with the events of the import that mapped them, so the next import
-- of the meeting (any source, the app or the CLI) starts from the same mapping. A mapping cleared
-- in the preview is soft-deleted, as every record of a meeting is, so a merge carries it.
CREATE TABLE import_people (
  id         TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  created_by TEXT NOT NULL,
  person     TEXT NOT NULL,
  role       TEXT NOT NULL,
  UNIQUE (meeting_id, person)
) STRICT;

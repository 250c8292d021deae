-- Hindsight schema, version 3: named agenda templates (issue #6). Forward-only.
-- A template is a list of steps without any meeting or timer state, so it is kept as one JSON
-- array rather than rows: it is read and written whole, and never queried by step.
-- Soft delete and the usual bookkeeping (DESIGN.md section 3) keep an undo possible.

CREATE TABLE agenda_templates (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  -- [{ "kind", "title", "prompt", "plannedSeconds" }, …] in agenda order.
  steps       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  deleted_at  INTEGER,
  created_by  TEXT NOT NULL
);
CREATE INDEX agenda_templates_by_name ON agenda_templates (deleted_at, name);

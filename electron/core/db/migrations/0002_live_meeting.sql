-- Hindsight schema, version 2: the live state of a meeting (issue #6). Forward-only.
-- Timers stay on agenda_steps (accumulated_seconds + running_since, never ticked); the meeting
-- only remembers where the walk is, so every window and a restarted app resume the same step.
-- No foreign key on current_step_id: a bundle import inserts the meeting before its steps.

ALTER TABLE meetings ADD COLUMN current_step_id TEXT;
-- Moving to another step starts its timer unless the facilitator turned this off.
ALTER TABLE meetings ADD COLUMN auto_start_next_step INTEGER NOT NULL DEFAULT 1;
-- When the first step timer started (UTC ms): the planned end of the meeting counts from here.
ALTER TABLE meetings ADD COLUMN live_started_at INTEGER;
-- When the facilitator raised "Enough, let's move on" (UTC ms); null while it is down.
ALTER TABLE meetings ADD COLUMN move_on_signal_at INTEGER;

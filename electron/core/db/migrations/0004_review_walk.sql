-- Hindsight schema, version 4: the action review walk, a remembered chime mute, and the time
-- the impact was mapped (issues #3, #4, #6). Forward-only.

-- The action item the facilitator is reviewing in the Action review step; null when none.
-- Live state like current_step_id, so the projector follows the console item by item.
-- No foreign key: a bundle import inserts the meeting before its action items.
ALTER TABLE meetings ADD COLUMN review_item_id TEXT;
-- The time-up chime is muted for this meeting; kept so a restart does not surprise the room.
ALTER TABLE meetings ADD COLUMN chime_muted INTEGER NOT NULL DEFAULT 0;
-- When, during the incident, the impact was mapped (UTC ms): the red flag "more than 15 minutes
-- from root cause isolated to impact mapped" (DESIGN.md section 2) reads it.
ALTER TABLE impacts ADD COLUMN mapped_at INTEGER;

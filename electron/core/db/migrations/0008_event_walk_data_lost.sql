-- Hindsight schema, version 8: the event log walked on the projector, and the data an incident
-- lost (issue #12 items 9 and 10). Forward-only and additive.

-- The event the facilitator walks the room through in the Event log step; null when none.
-- Live state like review_item_id, so the projector shows the event the console has selected.
-- No foreign key: a bundle import inserts the meeting before its events.
ALTER TABLE meetings ADD COLUMN walk_event_id TEXT;
-- What data the incident lost, in words ("orders placed 17:20–23:30 UTC, about 6 h"), and, when
-- it can be counted, how many rows, records or accounts: the number is the headline, the text
-- says what the number counts.
ALTER TABLE impacts ADD COLUMN data_lost TEXT NOT NULL DEFAULT '';
ALTER TABLE impacts ADD COLUMN data_lost_count INTEGER;

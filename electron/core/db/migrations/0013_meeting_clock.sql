-- Hindsight schema, version 13: the meeting's clock (issue #12 item 19). Forward-only.

-- How the meeting writes clock times: 'system' (the hour cycle of the computer showing it),
-- '24h' or '12h'. One choice per meeting, so event times, the meeting clock and the report agree.
ALTER TABLE meetings ADD COLUMN clock_format TEXT NOT NULL DEFAULT 'system';

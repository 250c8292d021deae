-- Hindsight schema, version 19: the revisions of a meeting's own fields (issue #15). Forward-only.

-- When each of the meeting's fields was last edited, as a JSON object of field name to UTC
-- milliseconds, apart from updated_at (its last activity, which every write to one of its records
-- raises). A bundle written before this version has none: a merge then compares its updated_at.
ALTER TABLE meetings ADD COLUMN revisions TEXT NOT NULL DEFAULT '{}';

-- A meeting already saved gets every field revised at its last change: the most this database
-- knows, and the rule merges followed so far. Left empty, a field edited after this version would
-- be compared by its own time on one laptop and by the last activity on the other.
UPDATE meetings SET revisions = json_object(
  'title', updated_at, 'incidentId', updated_at, 'severity', updated_at, 'status', updated_at,
  'startedAt', updated_at, 'detectedAt', updated_at, 'mitigatedAt', updated_at,
  'resolvedAt', updated_at, 'timeZone', updated_at, 'summary', updated_at,
  'affectedServices', updated_at, 'blamelessStatement', updated_at, 'templateId', updated_at,
  'currentStepId', updated_at, 'autoStartNextStep', updated_at, 'liveStartedAt', updated_at,
  'moveOnSignalAt', updated_at, 'reviewItemId', updated_at, 'chimeMuted', updated_at,
  'publishedAt', updated_at, 'walkEventId', updated_at, 'clockFormat', updated_at,
  'deletedAt', updated_at);

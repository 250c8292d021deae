import { afterAll, bench, describe } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { filterEvents } from '../../shared/domain/timeline/filterEvents';
import { chronological } from '../../shared/domain/timeline/chronologicalOrder';
import { incidentMetrics } from '../../shared/domain/timeline/metrics';
import { redFlags } from '../../shared/domain/timeline/redFlags';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { planImport } from '../../shared/domain/timeline/sources/planImport';
import { readImport } from '../../shared/domain/timeline/sources/registry';
import { longSlackChannel, manyEventsJson, manyEvents } from '../helpers/manyEvents';
import { scriptedHost, EXAMPLES_DIR } from '../helpers/testCore';
import { tempDbPath } from '../helpers/tempDb';

// Issue #3 point 7: a meeting with 10,000 events stays smooth. These are the figures behind
// that claim; they are printed, never asserted (a loaded CI machine is not a regression).
const COUNT = 10_000;
const events = manyEvents(COUNT);
const sorted = chronological(events);

describe('event log of 10,000 events (pure)', () => {
  bench('sort chronologically', () => {
    chronological(events);
  });
  bench('filter by two kinds', () => {
    filterEvents(sorted, { kinds: ['alert', 'mitigation-attempt'], text: '' });
  });
  bench('filter by text (description, actor, evidence)', () => {
    filterEvents(sorted, { kinds: [], text: 'Shard 17' });
  });
  bench('incident metrics and red flags', () => {
    const records = {
      meeting: {
        startedAt: null,
        detectedAt: null,
        mitigatedAt: null,
        resolvedAt: null,
        status: 'draft' as const,
        liveStartedAt: null,
      },
      timeline: events,
      impact: null,
    };
    incidentMetrics(records);
    redFlags(records, Date.now());
  });
});

// Issue #13: the import preview reads a source on the renderer's thread, once per file or reading
// picked, and plans it again on every choice; the most one import takes is 20,000 events.
describe('import preview of a 20,000-message Slack channel (pure)', () => {
  const channel = longSlackChannel(20_000);
  const context = { timeZone: 'Europe/Berlin', incidentStartAt: null, now: Date.UTC(2026, 2, 6) };
  const reading = readImport([channel], context);
  bench('readImport (detect, read, settle times)', () => {
    // A new file object each time, as a new pick or drop gives, so nothing parsed is reused.
    readImport([{ ...channel }], context);
  });
  bench('planImport with a people mapping and a keyword', () => {
    planImport(reading.candidates, { people: { U01DANA: 'Database on-call' }, keyword: 'shard' }, events);
  });
});

async function value<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const cores: Core[] = [];
afterAll(() => Promise.all(cores.map((core) => core.close())));

async function freshMeeting() {
  const core = await createCore({
    dbPath: tempDbPath(),
    examplesDir: EXAMPLES_DIR,
    host: scriptedHost().host,
  });
  cores.push(core);
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Long incident', timeZone: 'UTC' });
  return { core, meeting };
}

const json = manyEventsJson(COUNT);
const loaded = await freshMeeting();
await value(loaded.core, 'timeline.importRows', { meetingId: loaded.meeting.id, sources: [{ name: 'events.json', files: [{ name: 'events.json', text: json }], reading: 'json' }] });

describe('core with 10,000 events (real SQLite)', () => {
  // One import per iteration into a new meeting: importing the same lines again would only find
  // duplicates. Few iterations, since each writes 10,000 rows in one transaction.
  bench(
    'timeline.importRows of 10,000 JSON events',
    async () => {
      const { core, meeting } = await freshMeeting();
      await value(core, 'timeline.importRows', { meetingId: meeting.id, sources: [{ name: 'events.json', files: [{ name: 'events.json', text: json }], reading: 'json' }] });
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
  bench('meetings.get of the meeting', async () => {
    await value<MeetingRecords>(loaded.core, 'meetings.get', { id: loaded.meeting.id });
  });
});

import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { EXAMPLES_DIR, scriptedHost } from '../helpers/testCore';
import { tempDbPath } from '../helpers/tempDb';
import path from 'node:path';

// Issue #16: a core write (validation, the meeting's touch, the change event) against the bare
// INSERT it ends in, over the same file and pragmas; target <= 1.2x. Printed, never asserted.
const T = Date.UTC(2026, 2, 5, 9, 0);

const core = await createCore({ dbPath: tempDbPath(), examplesDir: EXAMPLES_DIR, host: scriptedHost().host });
const created = await core.call('meetings.create', { title: 'Write bench', timeZone: 'UTC' });
if (!created.ok) throw new Error(created.error.message);
const meetingId = (created.value as { id: string }).id;

// A second database with the app's schema and pragmas, written by hand: the floor.
const barePath = tempDbPath();
const bare: Database.Database = await openDatabase(barePath, {
  backupDir: path.join(path.dirname(barePath), 'backups'),
  now: Date.now,
});
bare
  .prepare(
    `INSERT INTO meetings (id, created_at, updated_at, created_by, title, status, time_zone)
     VALUES (?, ?, ?, 'bench', 'Write bench', 'draft', 'UTC')`,
  )
  .run(meetingId, T, T);
const insert = bare.prepare(
  `INSERT INTO timeline_events (id, meeting_id, created_at, updated_at, deleted_at, created_by, at, kind, outcome, description, actor, evidence, source)
   VALUES (?, ?, ?, ?, NULL, 'bench', ?, 'other', NULL, ?, '', '', 'typed')`,
);
const bareWrite = bare.transaction((n: number) => {
  const now = Date.now();
  insert.run(crypto.randomUUID(), meetingId, now, now, T + n * 1000, `Fact ${n}`);
});

const timings = { core: [] as number[], bare: [] as number[] };
let n = 0;
const timed = async (into: number[], write: () => unknown) => {
  const start = performance.now();
  await write();
  into.push(performance.now() - start);
};

describe('one event written (real SQLite, synchronous = FULL)', () => {
  bench('core: timeline.add', () =>
    timed(timings.core, () =>
      core.call('timeline.add', { meetingId, at: T + ++n * 1000, description: `Fact ${n}` }),
    ),
  );
  bench('bare better-sqlite3 INSERT in a transaction', () => timed(timings.bare, () => bareWrite(++n)));
});

afterAll(() => {
  const median = (list: number[]) => list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
  const [coreMs, bareMs] = [median(timings.core), median(timings.bare)];
  console.log(
    `\nCore write vs bare INSERT (median): ${coreMs.toFixed(3)} ms vs ${bareMs.toFixed(3)} ms = ${(coreMs / bareMs).toFixed(2)}x (target <= 1.2x)\n`,
  );
  core.close();
  bare.close();
});

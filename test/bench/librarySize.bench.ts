import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { checkIntegrity } from '../../electron/core/db/integrityCheck';
import type { Meeting } from '../../shared/types';
import { EXAMPLES_DIR, scriptedHost, value } from '../helpers/testCore';
import { tempDbPath } from '../helpers/tempDb';

// Issue #16: start-up and every write independent of the size of the whole library. Two
// libraries, ~5 MB and ~60 MB (meetings of 1,000 events of ~500 bytes), each with the same
// small meeting the writes go to. Printed with the growth from the small to the large one,
// never asserted. The files are in the OS cache: a cold disk adds reads no bench here sees.
const SIZES_MB = [5, 60] as const;
const T = Date.UTC(2026, 2, 5, 9, 0);

const openCore = (dbPath: string) =>
  createCore({ dbPath, examplesDir: EXAMPLES_DIR, host: scriptedHost().host });

/** A library of about `megabytes`, and the id of the small meeting in it that the writes go to. */
async function library(megabytes: number): Promise<{ dbPath: string; meetingId: string }> {
  const dbPath = tempDbPath();
  const core = await openCore(dbPath);
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Small meeting', timeZone: 'UTC' });
  await core.close();
  const db = new Database(dbPath);
  const addMeeting = db.prepare(
    `INSERT INTO meetings (id, created_at, updated_at, created_by, title, status, time_zone)
     VALUES (?, 1, 1, 'bench', ?, 'draft', 'UTC')`,
  );
  const addEvent = db.prepare(
    `INSERT INTO timeline_events (id, meeting_id, created_at, updated_at, created_by, at, kind, description, actor, evidence, source)
     VALUES (?, ?, 1, 1, 'bench', ?, 'other', ?, '', '', 'typed')`,
  );
  for (let m = 0; fs.statSync(dbPath).size < megabytes * 1024 * 1024; m += 1) {
    db.transaction(() => {
      const id = crypto.randomUUID();
      addMeeting.run(id, `Older incident ${m}`);
      for (let n = 0; n < 1_000; n += 1)
        addEvent.run(crypto.randomUUID(), id, T + n, `Fact ${n} ${'x'.repeat(480)}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  db.close();
  return { dbPath, meetingId: meeting.id };
}

const libraries = new Map<number, { dbPath: string; meetingId: string }>();
for (const size of SIZES_MB) libraries.set(size, await library(size));
const open = new Map<number, Core>();
for (const size of SIZES_MB) open.set(size, await openCore(libraries.get(size)!.dbPath));

const startUp = new Map<number, number[]>(SIZES_MB.map((size) => [size, []]));
const fullCheck = new Map<number, number[]>(SIZES_MB.map((size) => [size, []]));
const writes = new Map<number, number[]>(SIZES_MB.map((size) => [size, []]));

describe('start-up: open the library and answer the first window’s meetings.list (real SQLite)', () => {
  for (const size of SIZES_MB) {
    bench(
      `${size} MB library`,
      async () => {
        const start = performance.now();
        const core = await openCore(libraries.get(size)!.dbPath);
        await value(core, 'meetings.list', {});
        startUp.get(size)!.push(performance.now() - start);
        await core.close();
      },
      { iterations: 10, warmupIterations: 2, time: 0 },
    );
  }
});

describe('the full integrity check, in its worker after the open (off the start-up path)', () => {
  for (const size of SIZES_MB) {
    bench(
      `${size} MB library`,
      async () => {
        const start = performance.now();
        await checkIntegrity({ filePath: libraries.get(size)!.dbPath }).outcome;
        fullCheck.get(size)!.push(performance.now() - start);
      },
      { iterations: 3, warmupIterations: 1, time: 0 },
    );
  }
});

describe('one event written to a small meeting, by library size (real SQLite, synchronous = FULL)', () => {
  let n = 0;
  for (const size of SIZES_MB) {
    bench(`timeline.add in a ${size} MB library`, async () => {
      const { meetingId } = libraries.get(size)!;
      const start = performance.now();
      await value(open.get(size)!, 'timeline.add', {
        meetingId,
        at: T + ++n * 1000,
        description: `Fact ${n}`,
      });
      writes.get(size)!.push(performance.now() - start);
    });
  }
});

afterAll(async () => {
  const median = (list: number[]) => list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
  const line = (label: string, figures: Map<number, number[]>, digits: number) => {
    const [small, large] = SIZES_MB.map((size) => median(figures.get(size)!));
    const sizes = SIZES_MB.map((size, index) => `${[small, large][index]!.toFixed(digits)} ms at ${size} MB`);
    return `${label}: ${sizes.join(', ')} = ${(large! / small!).toFixed(2)}x growth`;
  };
  const bytes = SIZES_MB.map(
    (size) => `${(fs.statSync(libraries.get(size)!.dbPath).size / 1024 / 1024).toFixed(1)} MB`,
  );
  console.log(
    `\nLibraries of ${bytes.join(' and ')} (median):\n` +
      `  ${line('start-up (open + first meetings.list)', startUp, 1)} (target <= 1.5x)\n` +
      `  ${line('full integrity check in its worker', fullCheck, 0)} (after the open, never before it)\n` +
      `  ${line('timeline.add to a small meeting', writes, 3)} (target <= 1.5x)\n`,
  );
  await Promise.all([...open.values()].map((core) => core.close()));
});

import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import { afterAll, bench, describe } from 'vitest';
import { createCore } from '../../electron/core/createCore';
import { EXAMPLES_DIR, scriptedHost } from '../helpers/testCore';
import { tempDbPath } from '../helpers/tempDb';
import { seedMeeting } from '../helpers/seedMeeting';

// Issue #16: the tail of single writes over the real core, as a person types them (bursts of
// writes a turn of the event loop apart, then a pause), in a library of 60,000 events. Printed, never asserted.
// Beside p50 / p99 / max: how many writes changed the database file itself, which only a
// checkpoint run inside the write does (SQLite's automatic one, every 1,000 WAL pages), and the
// largest the WAL grew. The last import commits while another connection reads (as the
// background integrity check does after an open, or a backup tool), so no checkpoint can copy
// it until that reader is done: the first write after it is printed apart.
const WRITES = 1000;
/** Writes typed in a row (2 ms apart), then a pause of PAUSE_MS. */
const LINES = 25;
const PAUSE_MS = 300;
const T = Date.UTC(2026, 2, 5, 9, 0);

const dbPath = tempDbPath();
const core = await createCore({ dbPath, examplesDir: EXAMPLES_DIR, host: scriptedHost().host });
await seedMeeting(core, '10,000 events', 10_000, 0);
const created = await core.call('meetings.create', { title: 'Typed', timeZone: 'UTC' });
if (!created.ok) throw new Error(created.error.message);
const meetingId = (created.value as { id: string }).id;
const reader = new Database(dbPath, { readonly: true });
reader.exec('BEGIN');
reader.prepare('SELECT count(*) FROM timeline_events').get();
await seedMeeting(core, '50,000 events', 50_000, 0);
reader.exec('COMMIT');
reader.close();

const latencies: number[] = [];
/** Whether each write changed the database file while it ran. */
const changedFile: boolean[] = [];
let walMax = 0;
const fileStamp = () => {
  const stat = fs.statSync(dbPath);
  return `${stat.mtimeMs}:${stat.size}`;
};

describe('single writes in a row, a turn of the event loop between them (synchronous = FULL)', () => {
  bench(
    `${WRITES} timeline.add`,
    async () => {
      for (let n = 1; n <= WRITES; n += 1) {
        const before = fileStamp();
        const start = performance.now();
        const result = await core.call('timeline.add', {
          meetingId,
          at: T + n * 1000,
          description: `Fact ${n}`,
        });
        latencies.push(performance.now() - start);
        if (!result.ok) throw new Error(result.error.message);
        changedFile.push(fileStamp() !== before);
        walMax = Math.max(walMax, fs.statSync(`${dbPath}-wal`).size);
        // A person types a few lines in a row, then stops to listen.
        await new Promise((resolve) => setTimeout(resolve, n % LINES === 0 ? PAUSE_MS : 2));
      }
    },
    { iterations: 1, warmupIterations: 0, time: 0 },
  );
});

afterAll(async () => {
  const sorted = latencies.slice().sort((a, b) => a - b);
  const slowest = latencies
    .map((_, n) => n)
    .sort((a, b) => latencies[b]! - latencies[a]!)
    .slice(0, 5);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
  console.log(
    `\nSingle writes (load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(
        ' ',
      )}): p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms; ` +
      `the first after the reader ${latencies[0]!.toFixed(1)} ms${changedFile[0] ? ' (changed the file)' : ''}; ` +
      `${changedFile.filter(Boolean).length} of ${latencies.length} changed the database file while it ran (a checkpoint in it, or beside it); ` +
      `slowest ${slowest.map((n) => `${latencies[n]!.toFixed(1)}${changedFile[n] ? ' (changed it)' : ''}`).join(', ')} ms; ` +
      `WAL at most ${(walMax / 1024 / 1024).toFixed(1)} MB\n`,
  );
  await core.close();
});

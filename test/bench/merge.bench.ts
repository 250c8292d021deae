import { afterAll, bench, describe } from 'vitest';
import { createCore, type Core } from '../../electron/core/createCore';
import { exportBundleText } from '../../electron/core/bundles';
import type { Meeting } from '../../shared/types';
import { manyEvents } from '../helpers/manyEvents';
import { scriptedHost, EXAMPLES_DIR } from '../helpers/testCore';
import { tempDbPath } from '../helpers/tempDb';

// Issue 11 point 2: merging N new events into an existing meeting grew quadratically (10k 0.75 s,
// 30k 10 s, 100k 377 s) while importing the same bundle took 2.6 s. The growth is printed, not
// asserted: linear means 30k takes about 3× and 100k about 10× the time of 10k.
const SIZES = [10_000, 30_000, 100_000];
const cores: Core[] = [];
const took = new Map<number, number>();
afterAll(async () => {
  await Promise.all(cores.map((core) => core.close()));
  const base = took.get(SIZES[0]!);
  if (!base) return;
  for (const size of SIZES) {
    const ms = took.get(size);
    if (ms !== undefined) {
      console.log(
        `merge of ${size.toLocaleString('en')} new events: ${(ms / 1000).toFixed(2)} s (${(ms / base).toFixed(1)}× the 10k merge, ${(size / SIZES[0]!).toFixed(0)}× the events)`,
      );
    }
  }
});

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A core holding one meeting, and the text of a bundle of that meeting with `count` more events. */
async function meetingAndBundle(count: number) {
  const core = await createCore({
    dbPath: tempDbPath(),
    examplesDir: EXAMPLES_DIR,
    host: scriptedHost().host,
  });
  cores.push(core);
  const meeting = await call<Meeting>(core, 'meetings.create', { title: 'Long incident', timeZone: 'UTC' });
  const bundle = JSON.parse(exportBundleText(core.session.store(), meeting.id).text);
  bundle.timeline = manyEvents(count, meeting.id).map((event) => ({
    ...event,
    createdAt: new Date(event.createdAt).toISOString(),
    updatedAt: new Date(event.updatedAt).toISOString(),
    at: new Date(event.at).toISOString(),
  }));
  return { core, meeting, content: JSON.stringify(bundle) };
}

describe('bundle.merge of new events into an existing meeting (real SQLite)', () => {
  for (const size of SIZES) {
    let prepared: Awaited<ReturnType<typeof meetingAndBundle>>;
    bench(
      `merge ${size.toLocaleString('en')} new events`,
      async () => {
        const started = performance.now();
        await call(prepared.core, 'bundle.merge', {
          meetingId: prepared.meeting.id,
          content: prepared.content,
        });
        took.set(size, performance.now() - started);
      },
      {
        iterations: 1,
        warmupIterations: 0,
        time: 0,
        // A fresh meeting per run: merging the same bundle twice changes nothing the second time.
        setup: async () => void (prepared = await meetingAndBundle(size)),
      },
    );
  }
});

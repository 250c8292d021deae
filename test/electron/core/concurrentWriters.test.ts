import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { MeetingRecords } from '../../../shared/types';
import { testCore, value } from '../../helpers/testCore';
import { tempDbPath } from '../../helpers/tempDb';
import { bundleWriter, WRITER_ENV } from '../../helpers/childWriter';

const ITEMS_PER_WRITER = 300;

/** Runs one writer process to the end; its stdout holds `meeting <id>` and one `ack <id>` per item. */
async function runWriter(script: string, dbPath: string) {
  const { stdout } = await promisify(execFile)(process.execPath, [script, dbPath, String(ITEMS_PER_WRITER)], {
    env: WRITER_ENV,
  });
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => line.split(' '));
  return {
    meetingId: lines.find(([word]) => word === 'meeting')![1]!,
    acked: lines.filter(([word]) => word === 'ack').map(([, id]) => id!),
  };
}

describe('two processes writing one database at once (issue #11, failure 5)', () => {
  it('both finish every write, each waiting its turn for the lock, and nothing is lost', async () => {
    const dbPath = tempDbPath();
    // Created first, so that neither writer migrates while the other writes.
    (await testCore({ dbPath })).core.close();
    const script = await bundleWriter();

    const writers = await Promise.all([runWriter(script, dbPath), runWriter(script, dbPath)]);

    const { core } = await testCore({ dbPath });
    for (const { meetingId, acked } of writers) {
      expect(acked).toHaveLength(ITEMS_PER_WRITER);
      const saved = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
      expect(saved.actionItems.map((item) => item.id).sort()).toEqual([...acked].sort());
      expect(saved.actionItems.map((item) => item.rank).sort((a, b) => a - b)).toEqual(
        Array.from({ length: ITEMS_PER_WRITER }, (_, rank) => rank),
      );
    }
  });
});

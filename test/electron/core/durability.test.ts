import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { MeetingRecords } from '../../../shared/types';
import { testCore, value } from '../../helpers/testCore';
import { tempDbPath } from '../../helpers/tempDb';
import { bundleWriter, WRITER_ENV } from '../../helpers/childWriter';

const ACKS_BEFORE_KILL = 200;

/**
 * Runs the writer until it has acknowledged `ACKS_BEFORE_KILL` items, kills it with SIGKILL
 * (no exit handlers, no close of the database), and collects every ack it printed before dying.
 */
function writeUntilKilled(script: string, dbPath: string) {
  return new Promise<{ meetingId: string; acked: string[]; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [script, dbPath], {
        env: WRITER_ENV,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let meetingId = '';
      const acked: string[] = [];
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        const [word, id] = line.split(' ');
        if (word === 'meeting') meetingId = id!;
        if (word === 'ack') acked.push(id!);
        if (acked.length === ACKS_BEFORE_KILL) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('close', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`the writer exited with ${code}: ${stderr}`));
        else resolve({ meetingId, acked, signal });
      });
    },
  );
}

describe('the core under a crash', () => {
  it('keeps every acknowledged write of a process killed mid-stream, in a sound file', async () => {
    const dbPath = tempDbPath();
    const { meetingId, acked } = await writeUntilKilled(await bundleWriter(), dbPath);
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    expect(fs.existsSync(`${dbPath}-wal`), 'the writer died without closing').toBe(true);
    // Reopened the way the app does after a crash: the core recovers the WAL the writer left.
    const { core } = await testCore({ dbPath });
    expect(core.session.store().db.pragma('integrity_check', { simple: true })).toBe('ok');
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
    const saved = new Set(records.actionItems.map((item) => item.id));
    expect(acked.filter((id) => !saved.has(id))).toEqual([]);
    // At most the one call in flight at the kill may have committed without its ack.
    expect(saved.size - acked.length).toBeLessThanOrEqual(1);
  });
});

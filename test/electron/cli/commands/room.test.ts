import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_USAGE } from '../../../../electron/cli/exitCodes';
import { runCli } from '../../../../electron/cli/runCli';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { connectRoomClient } from '../../../helpers/roomClient';
import { loopbackRoomHost } from '../../../helpers/roomHost';
import { EXAMPLES_DIR, testCore, value } from '../../../helpers/testCore';
import { tempDir } from '../../../helpers/tempDb';

async function meetingIn(dbPath: string): Promise<Meeting> {
  const { core } = await testCore({ dbPath });
  const meeting = await value<Meeting>(core, 'meetings.create', {
    title: 'Stale prices',
    incidentId: 'INC-9',
  });
  await core.close();
  return meeting;
}

/** A port free on loopback just now: asked of the system, then let go. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('hindsight room', () => {
  it('prints the join link, code and QR, serves note-takers until Ctrl+C, then closes', async () => {
    const dbPath = path.join(tempDir(), 'hindsight.sqlite');
    const meeting = await meetingIn(dbPath);
    const { host, announced } = loopbackRoomHost();
    let stdout = '';
    let interrupt = () => undefined as void;
    const port = await freePort();
    const running = runCli(
      ['--db', dbPath, 'room', 'INC-9', '--host', '127.0.0.1', '--port', String(port)],
      {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stdout += text),
        cwd: tempDir(),
        env: {},
        untilInterrupted: () => new Promise<void>((resolve) => (interrupt = resolve)),
      },
      { examplesDir: EXAMPLES_DIR, rendererDir: host.rendererDir, roomAdvertiser: host.advertiser },
    );
    await expect.poll(() => stdout).toContain('Press Ctrl+C');
    const joinUrl = /Join link: +(\S+)/.exec(stdout)![1]!;
    const code = /Room code: +(\S+)/.exec(stdout)![1]!;
    expect(joinUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#code=`));
    expect(stdout).toContain('▄'); // the QR code, drawn with block characters
    expect(announced).toHaveLength(1);

    const address = joinUrl.split('#')[0]!;
    const client = await connectRoomClient({ address, code });
    expect((await client.join('Ana')).t).toBe('welcome');
    const saved = await client.call('timeline.add', {
      meetingId: meeting.id,
      at: Date.parse('2026-03-05T10:00:00Z'),
      description: 'Captured through the CLI’s room',
    });
    expect(saved).toMatchObject({ ok: true });

    interrupt();
    expect(await running).toBe(0);
    expect(stdout).toContain('The room is closed.');
    await expect(fetch(address)).rejects.toThrow();
    const { core: reader } = await testCore({ dbPath });
    const captured = (await value<MeetingRecords>(reader, 'meetings.get', { id: meeting.id })).timeline;
    expect(captured.map((event) => event.description)).toEqual(['Captured through the CLI’s room']);
  });

  it('refuses a port that is not one, before opening anything', async () => {
    const dbPath = path.join(tempDir(), 'hindsight.sqlite');
    let stderr = '';
    const code = await runCli(['--db', dbPath, 'room', 'INC-9', '--port', 'eighty'], {
      stdout: () => undefined,
      stderr: (text) => void (stderr += text),
      cwd: tempDir(),
      env: {},
    });
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toContain('--port eighty: not a port');
    expect(fs.existsSync(dbPath)).toBe(false);
  });
});

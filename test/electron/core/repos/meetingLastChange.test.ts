import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportBundleText } from '../../../../electron/core/bundles';
import { createCore } from '../../../../electron/core/createCore';
import type { MeetingChange } from '../../../../shared/contract/changes';
import type { Meeting, MeetingRecords, MeetingSummary } from '../../../../shared/types';
import { makeMeetingInput, manualClock } from '../../../helpers/factories';
import { EXAMPLES_DIR, scriptedHost, testCore, value } from '../../../helpers/testCore';

/** The tables (and indexes) whose pages one commit of `write` appends to the WAL. */
async function tablesWritten(db: Database.Database, walPath: string, write: () => Promise<unknown>) {
  db.pragma('wal_checkpoint(TRUNCATE)');
  await write();
  const wal = fs.readFileSync(walPath);
  const frame = 24 + (db.pragma('page_size', { simple: true }) as number);
  const pages = new Set<number>();
  // Each frame starts with the number of the page it holds (https://sqlite.org/fileformat.html).
  for (let offset = 32; offset + frame <= wal.length; offset += frame) pages.add(wal.readUInt32BE(offset));
  const owners = db.prepare('SELECT DISTINCT name FROM dbstat WHERE pageno = ?').pluck();
  return new Set([...pages].flatMap((page) => owners.all(page) as string[]));
}

async function setup() {
  const clock = manualClock();
  const { core } = await testCore({ now: clock.now });
  const meeting = await value<Meeting>(
    core,
    'meetings.create',
    makeMeetingInput({ title: 'Checkout outage' }),
  );
  return { core, clock, meeting };
}

describe("a meeting's last change (migration 0020)", () => {
  it("is marked by a record's write without writing a page of the meetings table", async () => {
    const { core, clock, meeting } = await setup();
    const item = await value<{ id: string }>(core, 'actionItems.add', {
      meetingId: meeting.id,
      title: 'Alert',
    });
    const db = core.session.store().db;
    const walPath = `${db.name}-wal`;
    const writes: [string, object][] = [
      ['timeline.add', { meetingId: meeting.id, at: clock.now(), description: 'Checkout errors rise' }],
      ['actionItems.add', { meetingId: meeting.id, title: 'Page on error rate' }],
      ['actionItems.update', { id: item.id, patch: { owner: 'Payments' } }],
    ];
    for (const [name, input] of writes) {
      clock.advance();
      const written = await tablesWritten(db, walPath, () => value(core, name, input));
      expect(written, name).toContain('meeting_log_counts');
      expect(
        [...written].filter((table) => table.includes('meetings')),
        name,
      ).toEqual([]);
      expect((await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).meeting.updatedAt).toBe(
        clock.now(),
      );
    }
  });

  it('is what every read of the meeting says: meetings.get, the library, a bundle, after a reopen', async () => {
    const { core, clock, meeting } = await setup();
    const changes: MeetingChange[] = [];
    core.onEvent((event, payload) => {
      if (event === 'meetingChanged') changes.push(payload as MeetingChange);
    });
    const at = clock.advance(60_000);
    await value(core, 'timeline.add', { meetingId: meeting.id, at, description: 'Checkout errors rise' });
    expect(changes.at(-1)!.summary.fields.updatedAt).toBe(at);
    expect((await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).meeting.updatedAt).toBe(
      at,
    );
    const [summary] = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(summary).toMatchObject({ id: meeting.id, updatedAt: at, timelineEvents: 1 });
    expect(exportBundleText(core.session.store(), meeting.id).meeting.updatedAt).toBe(at);

    const dbPath = core.session.store().db.name;
    await core.close();
    const reopened = await createCore({ dbPath, examplesDir: EXAMPLES_DIR, host: scriptedHost().host });
    try {
      expect(
        (await value<MeetingRecords>(reopened, 'meetings.get', { id: meeting.id })).meeting.updatedAt,
      ).toBe(at);
    } finally {
      await reopened.close();
    }
  });

  it("never goes back behind the meeting's own last save", async () => {
    const { core, clock, meeting } = await setup();
    const touched = clock.advance(60_000);
    await value(core, 'actionItems.add', { meetingId: meeting.id, title: 'Alert' });
    // The clock set back: the meeting's save still comes after the record's write.
    clock.set(touched - 30_000);
    const saved = await value<Meeting>(core, 'meetings.update', {
      id: meeting.id,
      patch: { summary: 'Edited' },
    });
    expect(saved.updatedAt).toBe(touched + 1);
    clock.advance();
    await value(core, 'actionItems.add', { meetingId: meeting.id, title: 'Runbook' });
    expect((await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).meeting.updatedAt).toBe(
      touched + 1,
    );
  });
});

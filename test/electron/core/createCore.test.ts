import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../shared/contract';
import { handlers } from '../../../electron/core/createCore';
import { testCore, value } from '../../helpers/testCore';
import type { Meeting, MeetingRecords } from '../../../shared/types';

describe('createCore', () => {
  it('has exactly one handler for every contract method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('creates a meeting with the default agenda and reads it back', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', {
      title: 'Stale product data',
      incidentId: 'INC-123',
    });
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.meeting.title).toBe('Stale product data');
    expect(records.agenda.map((step) => step.kind)).toEqual([
      'opening',
      'event-log',
      'impact',
      'remediate',
      'detect',
      'prevent',
      'action-review',
      'wrap-up',
    ]);
  });

  it('rejects a bad payload with the field named and writes nothing', async () => {
    const { core } = await testCore();
    const result = await core.call('meetings.create', { title: '' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'title' }] },
    });
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });
});

describe('createCore.call', () => {
  it('answers ok when an event listener throws, since the change is already committed', async () => {
    const { core } = await testCore();
    const heard: string[] = [];
    core.onEvent(() => {
      throw new Error('a window went away');
    });
    core.onEvent((event) => heard.push(event));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});

    const result = await core.call('meetings.create', { title: 'Stale product data' });
    const logged = errors.mock.calls.length;
    errors.mockRestore();

    expect(result.ok).toBe(true);
    expect(heard).toEqual(['meetingChanged']);
    expect(logged).toBe(1);
    expect(await value(core, 'meetings.list', {})).toHaveLength(1);
  });

  it('stops sending events to a listener that unsubscribed', async () => {
    const { core } = await testCore();
    const heard: string[] = [];
    const stop = core.onEvent((event) => heard.push(event));
    await value(core, 'meetings.create', { title: 'First' });
    stop();
    await value(core, 'meetings.create', { title: 'Second' });
    expect(heard).toEqual(['meetingChanged']);
  });

  it('refuses a name that is not a contract method', async () => {
    const { core } = await testCore();
    expect(await core.call('meetings.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });
});

describe('createCore.together', () => {
  it('saves each call started together but the refused one, and sends the events once it committed', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Busy room' });
    const events: string[] = [];
    core.onEvent((event) => events.push(event));
    const add = (text: string) => core.call('parkingLot.add', { meetingId: meeting.id, text });
    const answers = core.together(() => {
      const started = [
        add('First'),
        core.call('parkingLot.remove', { id: crypto.randomUUID() }),
        add('Third'),
      ];
      // Started, not answered: nothing is told before the group's commit.
      expect(events).toEqual([]);
      return started;
    });
    expect(await Promise.all(answers)).toMatchObject([
      { ok: true },
      { ok: false, error: { code: 'not-found' } },
      { ok: true },
    ]);
    const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    // Both may be written in the same millisecond, and items created together have no order
    // between them (the list sorts by creation time): which were saved is the point, not in what order.
    expect(stored.parkingLot.map((item) => item.text).sort()).toEqual(['First', 'Third']);
    expect(events.filter((event) => event === 'meetingChanged')).toHaveLength(2);
  });

  it('answers every call of the group with the failure, and sends no event, when its one commit fails', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Busy room' });
    const events: string[] = [];
    core.onEvent((event) => events.push(event));
    const db = core.session.store().db;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answers = core.together(() => {
      const started = ['First', 'Second'].map((text) =>
        core.call('parkingLot.add', { meetingId: meeting.id, text }),
      );
      // A row naming no meeting, its check deferred to the commit: the commit is refused.
      db.pragma('defer_foreign_keys = ON');
      db.prepare(
        `INSERT INTO parking_lot_items (id, meeting_id, text, resolved, created_at, updated_at, created_by)
         VALUES (?, ?, 'Orphan', 0, 0, 0, 'test')`,
      ).run(crypto.randomUUID(), crypto.randomUUID());
      return started;
    });
    const answered = await Promise.all(answers);
    errors.mockRestore();
    expect(answered).toMatchObject([{ ok: false }, { ok: false }]);
    expect(events).toEqual([]);
    const stored = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(stored.parkingLot).toEqual([]);
  });
});

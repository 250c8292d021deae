import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingSummary } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { makeMeetingInput, manualClock } from '../../../helpers/factories';

async function setup() {
  const clock = manualClock();
  const { core } = await testCore({ now: clock.now });
  /** Creates a meeting one second after the previous change. */
  const create = (overrides: Parameters<typeof makeMeetingInput>[0]) => {
    clock.advance();
    return value<Meeting>(core, 'meetings.create', makeMeetingInput(overrides));
  };
  const titles = async (query?: string) =>
    (await value<MeetingSummary[]>(core, 'meetings.list', query === undefined ? {} : { query })).map(
      (summary) => summary.title,
    );
  return { core, clock, create, titles };
}

describe('meetings.list', () => {
  it('lists live meetings by last change, newest first', async () => {
    const { create, titles } = await setup();
    await create({ title: 'First' });
    await create({ title: 'Second' });
    await create({ title: 'Third' });
    expect(await titles()).toEqual(['Third', 'Second', 'First']);
  });

  it('moves a meeting to the top when one of its records is added, changed or removed', async () => {
    const { core, clock, create, titles } = await setup();
    const older = await create({ title: 'Older' });
    const newer = await create({ title: 'Newer' });
    clock.advance();
    const item = await value<{ id: string }>(core, 'actionItems.add', {
      meetingId: older.id,
      title: 'Alert',
    });
    expect(await titles()).toEqual(['Older', 'Newer']);
    const changes: [string, object][] = [
      ['actionItems.update', { id: item.id, patch: { owner: 'Platform' } }],
      ['actionItems.remove', { id: item.id }],
    ];
    for (const [name, input] of changes) {
      clock.advance();
      await value(core, 'meetings.update', { id: newer.id, patch: { summary: `Before ${name}` } });
      expect(await titles()).toEqual(['Newer', 'Older']);
      clock.advance();
      await value(core, name, input);
      expect(await titles()).toEqual(['Older', 'Newer']);
    }
  });

  it('moves an edited meeting to the top', async () => {
    const { core, clock, create, titles } = await setup();
    const first = await create({ title: 'First' });
    await create({ title: 'Second' });
    clock.advance();
    await value(core, 'meetings.update', { id: first.id, patch: { summary: 'Edited' } });
    expect(await titles()).toEqual(['First', 'Second']);
  });

  it('finds meetings by title or incident id, ignoring case and surrounding spaces', async () => {
    const { create, titles } = await setup();
    await create({ title: 'Stale product data', incidentId: 'INC-123' });
    await create({ title: 'Checkout outage', incidentId: 'INC-456' });
    await create({ title: 'Slow search', incidentId: 'OPS-9' });
    expect(await titles('STALE')).toEqual(['Stale product data']);
    expect(await titles('inc-')).toEqual(['Checkout outage', 'Stale product data']);
    expect(await titles('  ops-9 ')).toEqual(['Slow search']);
    expect(await titles('nothing like this')).toEqual([]);
    expect(await titles('')).toHaveLength(3);
  });

  it('ignores case beyond ASCII', async () => {
    // SQLite's lower() folds A–Z only; people type "störung" for a meeting titled "STÖRUNG".
    const { create, titles } = await setup();
    await create({ title: 'STÖRUNG im Lager', incidentId: 'ÉCHEC-1' });
    expect(await titles('störung')).toEqual(['STÖRUNG im Lager']);
    expect(await titles('échec')).toEqual(['STÖRUNG im Lager']);
  });

  it('treats the query as text, not as a pattern', async () => {
    const { create, titles } = await setup();
    await create({ title: 'Disk 100% full' });
    await create({ title: 'Disk 1000 IOPS' });
    expect(await titles('100%')).toEqual(['Disk 100% full']);
    expect(await titles('_')).toEqual([]);
  });

  it('leaves out deleted meetings and counts only live open action items and events', async () => {
    const { core, create } = await setup();
    const kept = await create({ title: 'Kept' });
    const gone = await create({ title: 'Gone' });
    await value(core, 'meetings.delete', { id: gone.id });
    const add = (input: object) =>
      value<{ id: string }>(core, 'actionItems.add', { meetingId: kept.id, ...input });
    await add({ title: 'Open' });
    await add({ title: 'Doing', status: 'in-progress' });
    await add({ title: 'Done', status: 'done' });
    const removed = await add({ title: 'Removed' });
    await value(core, 'actionItems.remove', { id: removed.id });
    await value(core, 'timeline.add', { meetingId: kept.id, at: 1_000, description: 'Alert fired' });

    const list = await value<MeetingSummary[]>(core, 'meetings.list', {});

    expect(list).toEqual([expect.objectContaining({ id: kept.id, openActionItems: 2, timelineEvents: 1 })]);
  });

  it('counts the live events kept beside each meeting through adds, removes, restores, moves and deletes', async () => {
    // The count is kept by triggers (migration 0016) instead of counting the log on every list.
    const { core, create } = await setup();
    const first = await create({ title: 'First' });
    const second = await create({ title: 'Second' });
    const add = (meetingId: string, at: number) =>
      value<{ id: string }>(core, 'timeline.add', { meetingId, at, description: `Fact at ${at}` });
    const events = [await add(first.id, 1_000), await add(first.id, 2_000), await add(first.id, 3_000)];
    await add(second.id, 1_000);
    await value(core, 'timeline.remove', { id: events[0]!.id });
    await value(core, 'timeline.remove', { id: events[1]!.id });
    await value(core, 'timeline.restore', { id: events[1]!.id });
    const db = core.session.store().db;
    // What no method does today, but a merge or a later feature may: a move and a hard delete.
    db.prepare('UPDATE timeline_events SET meeting_id = ? WHERE id = ?').run(second.id, events[2]!.id);
    db.prepare('DELETE FROM timeline_events WHERE id = ?').run(events[0]!.id);

    const counts = Object.fromEntries(
      (await value<MeetingSummary[]>(core, 'meetings.list', {})).map((summary) => [
        summary.title,
        summary.timelineEvents,
      ]),
    );
    const counted = (meetingId: string) =>
      db
        .prepare('SELECT count(*) FROM timeline_events WHERE meeting_id = ? AND deleted_at IS NULL')
        .pluck()
        .get(meetingId);
    expect(counts).toEqual({ First: counted(first.id), Second: counted(second.id) });
    expect(counts).toEqual({ First: 1, Second: 2 });
  });
});

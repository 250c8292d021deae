import { describe, expect, it } from 'vitest';
import type { MeetingChange } from '../../../../shared/contract/changes';
import {
  applyChangeToRecords,
  applyRecordChanges,
  type LoadedMeeting,
} from '../../../../shared/domain/meetings/applyRecordChanges';
import type { ActionItem, Meeting, MeetingRecords, TimelineEvent } from '../../../../shared/types';
import { compareRecords } from '../../../../shared/contract/recordKinds';
import { countingIdReads } from '../../../helpers/idReads';
import { manyEvents } from '../../../helpers/manyEvents';
import { testCore, value } from '../../../helpers/testCore';

const AT = Date.parse('2026-03-05T10:00:00Z');

/** A real core, a meeting loaded once, and every change event it sends from then on. */
async function loadedMeeting() {
  const { core } = await testCore();
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Stale prices' });
  const changes: MeetingChange[] = [];
  core.onEvent((event, payload) => {
    if (event === 'meetingChanged') changes.push(payload as MeetingChange);
  });
  const loaded: LoadedMeeting = {
    records: await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id }),
    removedAt: {},
  };
  const reloaded = () => value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
  return { core, meetingId: meeting.id, loaded, changes, reloaded };
}

describe('applyChangeToRecords', () => {
  it('follows every kind of write to the same records as loading the meeting again', async () => {
    const { core, meetingId, loaded, changes, reloaded } = await loadedMeeting();
    const first = await value<TimelineEvent>(core, 'timeline.add', {
      meetingId,
      at: AT,
      description: 'Alert',
    });
    await value(core, 'timeline.add', { meetingId, at: AT - 60_000, description: 'Deploy' });
    await value(core, 'timeline.update', { id: first.id, patch: { description: 'Alert fired' } });
    const items: ActionItem[] = [];
    for (const title of ['Cap the pool', 'Alert on p95', 'Canary stage']) {
      items.push(await value<ActionItem>(core, 'actionItems.add', { meetingId, title }));
    }
    await value(core, 'actionItems.reorder', {
      meetingId,
      orderedIds: [items[2]!.id, items[0]!.id, items[1]!.id],
    });
    await value(core, 'actionItems.remove', { id: items[0]!.id });
    await value(core, 'impact.update', { meetingId, patch: { regions: 'EU' } });
    await value(core, 'meetings.update', { id: meetingId, patch: { title: 'Stale prices in EU' } });
    await value(core, 'agenda.next', { meetingId });
    await value(core, 'parkingLot.add', { meetingId, text: 'Vendor SLA' });

    const applied = changes.reduce(applyChangeToRecords, loaded).records!;
    expect(applied).toEqual(await reloaded());
    expect(applied.actionItems.map((item) => item.title)).toEqual(['Canary stage', 'Alert on p95']);
  });

  it('applies the same change twice as once, and never lets an older save undo a newer one', async () => {
    const { core, meetingId, loaded, changes, reloaded } = await loadedMeeting();
    const event = await value<TimelineEvent>(core, 'timeline.add', {
      meetingId,
      at: AT,
      description: 'Alert',
    });
    await value(core, 'timeline.update', { id: event.id, patch: { description: 'Alert fired' } });
    const [added, edited] = changes as [MeetingChange, MeetingChange];
    // The edit arrives first (a meetings.get answer raced the add's event), then the add again.
    const applied = [edited, added, added, edited].reduce(applyChangeToRecords, loaded).records!;
    expect(applied).toEqual(await reloaded());
    expect(applied.timeline.map((shown) => shown.description)).toEqual(['Alert fired']);
  });

  it('gives back the same meeting for a version it shows already (an add, its answer, its event)', async () => {
    const { core, meetingId, loaded, changes } = await loadedMeeting();
    const item = await value<ActionItem>(core, 'actionItems.add', { meetingId, title: 'Cap the pool' });
    const [added] = changes as [MeetingChange];
    const shown = applyChangeToRecords(loaded, added);
    expect(shown.records!.actionItems).toEqual([item]);
    // The view is left as it is, so nothing subscribed to it renders again.
    expect(applyChangeToRecords(shown, added)).toBe(shown);
    expect(applyRecordChanges(shown, [{ kind: 'actionItems', record: item }])).toBe(shown);
    expect(
      applyRecordChanges(shown, [
        { kind: 'actionItems', record: { ...item, updatedAt: item.updatedAt - 1 } },
      ]),
    ).toBe(shown);

    const edited = await value<ActionItem>(core, 'actionItems.update', {
      id: item.id,
      patch: { title: 'Cap the pool at 50' },
    });
    expect(applyRecordChanges(shown, [{ kind: 'actionItems', record: edited }]).records!.actionItems).toEqual(
      [edited],
    );
  });

  it('keeps a removed record out when an older copy of it arrives late', async () => {
    const { core, meetingId, loaded, changes, reloaded } = await loadedMeeting();
    const item = await value<ActionItem>(core, 'actionItems.add', { meetingId, title: 'Dropped' });
    await value(core, 'actionItems.remove', { id: item.id });
    const [added, removed] = changes as [MeetingChange, MeetingChange];
    const applied = [added, removed, added].reduce(applyChangeToRecords, loaded);
    expect(applied.records).toEqual(await reloaded());
    expect(applied.removedAt[item.id]).toBeGreaterThan(item.updatedAt);
  });

  it('leaves another meeting’s change and a reload change to the caller', async () => {
    const { core, loaded, changes } = await loadedMeeting();
    const other = await value<Meeting>(core, 'meetings.create', { title: 'Another meeting' });
    await value(core, 'timeline.add', { meetingId: other.id, at: AT, description: 'Theirs' });
    const reload: MeetingChange = {
      ...changes.at(-1)!,
      meetingId: loaded.records!.meeting.id,
      records: [],
      reload: true,
    };
    expect(changes.reduce(applyChangeToRecords, loaded)).toBe(loaded);
    expect(applyChangeToRecords(loaded, reload)).toBe(loaded);
  });
});

describe('applyRecordChanges on a long list', () => {
  /** A loaded meeting whose log holds `count` events in the core's order, counting id reads. */
  async function longLog(count: number) {
    const { loaded, meetingId } = await loadedMeeting();
    const sorted = [...manyEvents(count, meetingId)].sort(compareRecords('timeline'));
    const counted = countingIdReads(sorted);
    const longLoaded: LoadedMeeting = { ...loaded, records: { ...loaded.records!, timeline: counted.list } };
    return { loaded: longLoaded, sorted, reads: counted.reads };
  }

  it('finds a newer version that sorts where the shown one does by binary search, not a scan of the list', async () => {
    const { loaded, sorted, reads } = await longLog(10_000);
    const shown = sorted[7_000]!;
    const edited = { ...shown, description: 'Rollback started', updatedAt: shown.updatedAt + 1 };

    const applied = applyRecordChanges(loaded, [{ kind: 'timeline', record: edited }]).records!.timeline;

    expect(reads()).toBeLessThan(100);
    expect(applied).toHaveLength(10_000);
    expect(applied[7_000]).toBe(edited);
    expect(applied.filter((event) => event.id === shown.id)).toHaveLength(1);
  });

  it('still finds a version that moved by its id, and places the record where it now sorts', async () => {
    const { loaded, sorted } = await longLog(2_000);
    const moved = { ...sorted[10]!, at: sorted[1_500]!.at + 1, updatedAt: sorted[10]!.updatedAt + 1 };

    const applied = applyRecordChanges(loaded, [{ kind: 'timeline', record: moved }]).records!.timeline;

    expect(applied).toHaveLength(2_000);
    expect(applied.filter((event) => event.id === moved.id)).toEqual([moved]);
    expect(applied).toEqual([...applied].sort(compareRecords('timeline')));
  });
});

import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/createCore';
import type { MergeSummary } from '../../../../shared/contract/merge';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { makeMeetingInput, manualClock } from '../../../helpers/factories';
import { exportedText } from '../../../helpers/meetingThroughContract';
import { testCore, value } from '../../../helpers/testCore';

const MINUTE = 60_000;

/**
 * Issue #15: a meeting's last activity (`updatedAt`, raised by every write to one of its records)
 * is not the revision of its own fields. The facilitator and a note-taker each on their own core
 * and SQLite file, one clock for both so "later" is certain; the note-taker's copy of the meeting
 * is imported from the facilitator's bundle, then both work apart and the note-taker's bundle is merged.
 */
async function twoLaptops() {
  const clock = manualClock();
  const facilitator = await testCore({ now: clock.now });
  const noteTaker = await testCore({ now: clock.now });
  const meeting = await value<Meeting>(facilitator.core, 'meetings.create', makeMeetingInput());
  const handedOut = await exportedText(facilitator.core, facilitator.dialogs, meeting.id);
  clock.advance(MINUTE);
  await value(noteTaker.core, 'bundle.import', { content: handedOut });
  const noteTakersBundle = () => exportedText(noteTaker.core, noteTaker.dialogs, meeting.id);
  /** An edit of the meeting on one laptop, a minute after the last thing that happened. */
  const editLater = async (core: Core, patch: Partial<Meeting>) => {
    clock.advance(MINUTE);
    await value(core, 'meetings.update', { id: meeting.id, patch });
  };
  const merge = async (content: string) => {
    const summary = await value<MergeSummary>(facilitator.core, 'bundle.merge', {
      meetingId: meeting.id,
      content,
    });
    const records = await value<MeetingRecords>(facilitator.core, 'meetings.get', { id: meeting.id });
    return { summary, records };
  };
  return {
    clock,
    facilitator: facilitator.core,
    noteTaker: noteTaker.core,
    meeting,
    noteTakersBundle,
    merge,
    editLater,
  };
}

const addEvent = (core: Core, meetingId: string) =>
  value(core, 'timeline.add', {
    meetingId,
    at: Date.UTC(2026, 2, 5, 8, 41, 15),
    kind: 'first-signal',
    description: 'Captured by the note-taker',
  });

describe('bundle.merge and the meeting’s own revision', () => {
  it('keeps the facilitator’s summary when the note-taker’s copy only gained an event since', async () => {
    const { clock, facilitator, noteTaker, meeting, noteTakersBundle, merge, editLater } = await twoLaptops();
    await editLater(facilitator, { summary: 'Prices were stale.' });
    clock.advance(MINUTE);
    await addEvent(noteTaker, meeting.id);

    const { summary, records } = await merge(await noteTakersBundle());

    expect(records.meeting.summary).toBe('Prices were stale.');
    expect(records.timeline.map((event) => event.description)).toEqual(['Captured by the note-taker']);
    expect(summary.added).toEqual([{ kind: 'timeline', id: records.timeline[0]!.id }]);
    expect([...summary.changed, ...summary.deleted].filter((entry) => entry.kind === 'meeting')).toEqual([]);
  });

  it('keeps both sides’ edits of different fields of the meeting', async () => {
    const { clock, facilitator, noteTaker, meeting, noteTakersBundle, merge, editLater } = await twoLaptops();
    await editLater(facilitator, { incidentId: 'INC-124' });
    await editLater(noteTaker, { title: 'Stale prices' });
    // The facilitator's meeting is busier since (an event), which is activity, not an edit of it.
    clock.advance(MINUTE);
    await addEvent(facilitator, meeting.id);
    const lastActivity = clock.now();

    const { summary, records } = await merge(await noteTakersBundle());

    expect(summary.changed).toEqual([{ kind: 'meeting', id: meeting.id }]);
    expect(records.meeting).toMatchObject({
      title: 'Stale prices',
      incidentId: 'INC-124',
      updatedAt: lastActivity,
    });
  });

  it('takes the later of two edits of the same field, whichever side made it', async () => {
    const { facilitator, noteTaker, meeting, noteTakersBundle, merge, editLater } = await twoLaptops();
    await editLater(noteTaker, { summary: 'Their summary' });
    await editLater(facilitator, { summary: 'Our summary' });
    const older = await merge(await noteTakersBundle());
    expect(older.summary.conflicts).toEqual([{ kind: 'meeting', id: meeting.id }]);
    expect(older.records.meeting.summary).toBe('Our summary');

    await editLater(noteTaker, { summary: 'Their later summary' });
    const later = await merge(await noteTakersBundle());
    expect(later.summary.changed).toEqual([{ kind: 'meeting', id: meeting.id }]);
    expect(later.records.meeting.summary).toBe('Their later summary');
  });

  it('counts the facilitator’s walk through the agenda as activity, not as an edit of the meeting', async () => {
    const { clock, facilitator, noteTaker, meeting, noteTakersBundle, merge, editLater } = await twoLaptops();
    await editLater(noteTaker, { title: 'Stale prices' });
    clock.advance(MINUTE);
    const [opening] = (await value<MeetingRecords>(facilitator, 'meetings.get', { id: meeting.id })).agenda;
    await value(facilitator, 'agenda.startStep', { stepId: opening!.id });

    const { summary, records } = await merge(await noteTakersBundle());

    expect(summary.changed).toEqual([{ kind: 'meeting', id: meeting.id }]);
    expect(records.meeting).toMatchObject({
      title: 'Stale prices',
      status: 'live',
      currentStepId: opening!.id,
    });
  });

  it('merges an old bundle without revisions by the meeting’s last change, field by field', async () => {
    const { clock, facilitator, noteTaker, meeting, noteTakersBundle, merge, editLater } = await twoLaptops();
    await editLater(noteTaker, { title: 'Stale prices' });
    const old = JSON.parse(await noteTakersBundle());
    delete old.meeting.revisions;
    await editLater(facilitator, { title: 'Stale data' });

    const stale = await merge(JSON.stringify(old));
    expect(stale.summary.conflicts).toEqual([{ kind: 'meeting', id: meeting.id }]);
    expect(stale.records.meeting.title).toBe('Stale data');

    old.meeting.updatedAt = new Date(clock.advance(MINUTE)).toISOString();
    const later = await merge(JSON.stringify(old));
    expect(later.summary.changed).toEqual([{ kind: 'meeting', id: meeting.id }]);
    expect(later.records.meeting).toMatchObject({ title: 'Stale prices' });
    expect(later.records.meeting.revisions.title).toBe(clock.now());
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergeSummary } from '../../../../shared/contract/merge';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { failure, recordEvents } from '../../../helpers/factories';
import { EXAMPLES_DIR, testCore, value } from '../../../helpers/testCore';

const exampleText = (id: string) => fs.readFileSync(path.join(EXAMPLES_DIR, `${id}.json`), 'utf8');

/** The facilitator's meeting (the firmware example, ids kept) and a note-taker's later bundle of it. */
async function facilitatorAndNoteTaker() {
  const { core } = await testCore();
  const meeting = await value<Meeting>(core, 'bundle.import', {
    content: exampleText('firmware-packet-drop'),
  });
  const bundle = JSON.parse(exampleText('firmware-packet-drop'));
  bundle.actionItems[0].owner = 'Wei Chen';
  bundle.actionItems[0].updatedAt = '2026-03-01T12:00:00.000Z';
  bundle.lessons.push({
    ...bundle.lessons[0],
    id: '00000000-0000-4000-8000-0000000000aa',
    text: 'Captured offline by the note-taker',
    createdBy: 'note-taker-laptop',
  });
  return { core, meeting, content: JSON.stringify(bundle), actionItemId: bundle.actionItems[0].id as string };
}

describe('bundle.planMerge', () => {
  it('says what the merge would add and change, with nothing written', async () => {
    const { core, meeting, content, actionItemId } = await facilitatorAndNoteTaker();
    const events = recordEvents(core);
    const summary = await value<MergeSummary>(core, 'bundle.planMerge', { meetingId: meeting.id, content });
    expect(summary.added).toEqual([{ kind: 'lessons', id: '00000000-0000-4000-8000-0000000000aa' }]);
    expect(summary.changed).toEqual([{ kind: 'actionItems', id: actionItemId }]);
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.lessons.some((lesson) => lesson.text === 'Captured offline by the note-taker')).toBe(
      false,
    );
    expect(events).toEqual([]);
  });
});

describe('bundle.merge', () => {
  it('applies the note-taker’s records and announces the change', async () => {
    const { core, meeting, content, actionItemId } = await facilitatorAndNoteTaker();
    const events = recordEvents(core);
    await value(core, 'bundle.merge', { meetingId: meeting.id, content });
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.actionItems.find((item) => item.id === actionItemId)!.owner).toBe('Wei Chen');
    expect(
      records.lessons.find((lesson) => lesson.text === 'Captured offline by the note-taker'),
    ).toMatchObject({
      createdBy: 'note-taker-laptop',
    });
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });

  it('changes nothing when the same bundle is merged twice', async () => {
    const { core, meeting, content } = await facilitatorAndNoteTaker();
    await value(core, 'bundle.merge', { meetingId: meeting.id, content });
    const before = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    const events = recordEvents(core);
    const again = await value<MergeSummary>(core, 'bundle.merge', { meetingId: meeting.id, content });
    expect([again.added, again.changed, again.deleted, again.conflicts]).toEqual([[], [], [], []]);
    expect(await value(core, 'meetings.get', { id: meeting.id })).toEqual(before);
    expect(events).toEqual([]);
  });

  it('refuses a bundle of another meeting with a clear message', async () => {
    const { core, meeting } = await facilitatorAndNoteTaker();
    const error = await failure(core, 'bundle.merge', {
      meetingId: meeting.id,
      content: exampleText('cache-invalidation-misconfiguration'),
    });
    expect(error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('another meeting (INC-2291'),
    });
  });

  it('refuses a damaged bundle, listing its problems', async () => {
    const { core, meeting } = await facilitatorAndNoteTaker();
    const error = await failure(core, 'bundle.merge', { meetingId: meeting.id, content: '{"format": 1}' });
    expect(error.code).toBe('invalid-bundle');
  });
});

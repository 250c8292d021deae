import { describe, expect, it } from 'vitest';
import { planMerge, type MergePlan } from '../../../../shared/domain/bundle/merge';
import type { MeetingRecords } from '../../../../shared/types';
import { exampleRecords } from '../../../helpers/exampleRecords';
import { revisedAt } from '../../../../shared/domain/meetings/revise';

const LATER = Date.UTC(2026, 2, 1, 12, 0, 0);

/** The facilitator's meeting and a note-taker's copy of it (same ids, as a bundle carries them). */
function twoLaptops(): { ours: MeetingRecords; theirs: MeetingRecords } {
  return { ours: exampleRecords('firmware-packet-drop'), theirs: exampleRecords('firmware-packet-drop') };
}

function plan(ours: MeetingRecords, theirs: MeetingRecords): MergePlan {
  const outcome = planMerge(ours, theirs);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

describe('planMerge', () => {
  it('adds a note-taker’s new records and takes their later edits', async () => {
    const { ours, theirs } = twoLaptops();
    const item = theirs.actionItems[0]!;
    theirs.actionItems[0] = { ...item, owner: 'Wei Chen', updatedAt: LATER };
    const note = {
      ...theirs.questionNotes[0]!,
      id: '00000000-0000-4000-8000-0000000000aa',
      text: 'New note',
    };
    theirs.questionNotes.push(note);
    const result = plan(ours, theirs);
    expect(result.added).toEqual([{ kind: 'questionNotes', id: note.id }]);
    expect(result.changed).toEqual([{ kind: 'actionItems', id: item.id }]);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.actionItems.find((i) => i.id === item.id)!.owner).toBe('Wei Chen');
    expect(result.merged.questionNotes).toHaveLength(ours.questionNotes.length + 1);
  });

  it('keeps the later of two edits of the same item and reports the older one as a conflict', () => {
    const { ours, theirs } = twoLaptops();
    const item = ours.actionItems[1]!;
    ours.actionItems[1] = { ...item, title: 'Facilitator’s wording', updatedAt: LATER + 1_000 };
    theirs.actionItems[1] = { ...item, title: 'Note-taker’s wording', updatedAt: LATER };
    const result = plan(ours, theirs);
    expect(result.conflicts).toEqual([{ kind: 'actionItems', id: item.id }]);
    expect(result.merged.actionItems.find((i) => i.id === item.id)!.title).toBe('Facilitator’s wording');
  });

  it('carries a later deletion, and never undoes one made here with an older copy', () => {
    const { ours, theirs } = twoLaptops();
    const [first, second] = [ours.lessons[0]!, ours.lessons[1]!];
    theirs.lessons[0] = { ...first, deletedAt: LATER, updatedAt: LATER };
    ours.lessons[1] = { ...second, deletedAt: LATER, updatedAt: LATER };
    const result = plan(ours, theirs);
    expect(result.deleted).toEqual([{ kind: 'lessons', id: first.id }]);
    const merged = new Map(result.merged.lessons.map((lesson) => [lesson.id, lesson]));
    expect(merged.get(first.id)!.deletedAt).toBe(LATER);
    expect(merged.get(second.id)!.deletedAt).toBe(LATER);
  });

  it('changes nothing when the same bundle is merged twice', () => {
    const { ours, theirs } = twoLaptops();
    theirs.timeline[0] = { ...theirs.timeline[0]!, description: 'Corrected', updatedAt: LATER };
    const question = theirs.questions[0]!;
    theirs.questions[0] = {
      ...question,
      id: '00000000-0000-4000-8000-0000000000cc',
      answer: 'Theirs',
      updatedAt: LATER,
    };
    const once = plan(ours, theirs).merged;
    const twice = plan(once, theirs);
    expect([twice.added, twice.changed, twice.deleted, twice.conflicts]).toEqual([[], [], [], []]);
    expect(twice.merged).toEqual(once);
  });

  it('matches one-per-meeting records created on two laptops instead of duplicating them', () => {
    const { ours, theirs } = twoLaptops();
    const question = theirs.questions[0]!;
    theirs.questions[0] = {
      ...question,
      id: '00000000-0000-4000-8000-0000000000bb',
      answer: 'Theirs',
      updatedAt: LATER,
    };
    const result = plan(ours, theirs);
    expect(result.merged.questions).toHaveLength(ours.questions.length);
    const merged = result.merged.questions.find((q) => q.question === question.question)!;
    expect(merged).toMatchObject({ id: question.id, answer: 'Theirs' });
  });

  it('takes a note-taker’s later edit of the meeting without rolling back where the walk is', () => {
    const { ours, theirs } = twoLaptops();
    const step = ours.agenda[4]!;
    ours.meeting = { ...ours.meeting, status: 'live', currentStepId: step.id, liveStartedAt: LATER - 60_000 };
    ours.agenda[4] = { ...step, accumulatedSeconds: 312, completed: false };
    theirs.meeting = {
      ...theirs.meeting,
      summary: 'Sharper summary',
      status: 'draft',
      currentStepId: null,
      updatedAt: LATER,
    };
    theirs.agenda[4] = { ...step, title: 'Detect sooner', accumulatedSeconds: 0, updatedAt: LATER };

    const result = plan(ours, theirs);

    expect(result.merged.meeting).toMatchObject({
      summary: 'Sharper summary',
      status: 'live',
      currentStepId: step.id,
    });
    expect(result.merged.agenda.find((s) => s.id === step.id)).toMatchObject({
      title: 'Detect sooner',
      accumulatedSeconds: 312,
    });
  });

  it('takes the later edit of each field of the meeting, so different fields edited apart both survive', () => {
    const { ours, theirs } = twoLaptops();
    const made = revisedAt(ours.meeting.createdAt);
    ours.meeting = {
      ...ours.meeting,
      summary: 'Ours',
      revisions: { ...made, summary: LATER },
      updatedAt: LATER + 5,
    };
    theirs.meeting = {
      ...theirs.meeting,
      title: 'Theirs',
      revisions: { ...made, title: LATER + 1 },
      updatedAt: LATER + 1,
    };

    const result = plan(ours, theirs);

    expect(result.changed).toEqual([{ kind: 'meeting', id: ours.meeting.id }]);
    expect(result.merged.meeting).toMatchObject({
      title: 'Theirs',
      summary: 'Ours',
      revisions: { summary: LATER, title: LATER + 1 },
      updatedAt: LATER + 5,
    });
  });

  it('reports nothing changed when a later copy differs only in the walk', () => {
    const { ours, theirs } = twoLaptops();
    theirs.meeting = { ...theirs.meeting, status: 'draft', currentStepId: null, updatedAt: LATER };
    const result = plan(ours, theirs);
    expect(result.changed).toEqual([]);
    expect(result.merged.meeting).toEqual(ours.meeting);
  });

  it('refuses a bundle of another meeting, naming it', () => {
    const ours = exampleRecords('firmware-packet-drop');
    const outcome = planMerge(ours, exampleRecords('cache-invalidation-misconfiguration'));
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^This bundle holds another meeting \(INC-2291 “Stale product data.*Import it as a meeting of its own instead\.$/,
      ),
    });
  });
});

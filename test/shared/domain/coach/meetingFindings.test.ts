import { describe, expect, it } from 'vitest';
import {
  findingsOfField,
  meetingContext,
  reviewMeetingLanguage,
} from '../../../../shared/domain/coach/meetingFindings';
import type { MeetingRecords } from '../../../../shared/types';
import { exampleRecords } from '../../../helpers/exampleRecords';

function withBlame(): MeetingRecords {
  const records = exampleRecords('firmware-packet-drop');
  const [first, ...rest] = records.timeline;
  return {
    ...records,
    timeline: [{ ...first!, description: 'The on-call engineer forgot to check which host he was on.' }, ...rest],
  };
}

describe('reviewMeetingLanguage', () => {
  it('names the record and field of each finding', () => {
    const records = withBlame();
    const { open } = reviewMeetingLanguage(records);
    const found = open.find((finding) => finding.recordId === records.timeline[0]!.id);
    expect(found).toMatchObject({
      kind: 'timeline',
      field: 'description',
      fieldLabel: 'Event description',
      finding: { category: 'counterfactual', span: 'forgot to' },
    });
  });

  it('moves a dismissed key out of the open findings', () => {
    const records = withBlame();
    const key = reviewMeetingLanguage(records).open.find((f) => f.recordId === records.timeline[0]!.id)!.key;
    const { open, dismissed } = reviewMeetingLanguage(records, new Set([key]));
    expect(open.map((f) => f.key)).not.toContain(key);
    expect(dismissed.map((f) => f.key)).toContain(key);
  });

  it('keeps a finding’s key when the meeting is reloaded as new objects', () => {
    const records = withBlame();
    const again = structuredClone(records);
    const keys = (r: MeetingRecords) => reviewMeetingLanguage(r).open.map((f) => f.key);
    expect(keys(again)).toEqual(keys(records));
  });

  it('raises no hindsight in the shipped examples’ answers to “what could we have done”', () => {
    // The remedies are written as counterfactuals because the question asks for them.
    for (const id of ['firmware-packet-drop', 'cache-invalidation-misconfiguration']) {
      expect(reviewMeetingLanguage(exampleRecords(id)).open).toEqual([]);
    }
  });

  it('still raises hindsight about a person in an answer, and a remedy outside the answers', () => {
    const records = exampleRecords('firmware-packet-drop');
    const remedy = 'Alerting on discards per switch, would have caught it.';
    const [answer, ...others] = records.questions;
    const [event, ...events] = records.timeline;
    const edited = {
      ...records,
      questions: [{ ...answer!, answer: `The responder should have checked the switch. ${remedy}` }, ...others],
      timeline: [{ ...event!, description: remedy }, ...events],
    };
    const found = reviewMeetingLanguage(edited).open.map((f) => [f.kind, f.finding.span]);
    expect(found).toEqual([
      ['timeline', 'would have'],
      ['questions', 'should have'],
    ]);
  });

  it('leaves out deleted records', () => {
    const records = withBlame();
    const deleted = {
      ...records,
      timeline: records.timeline.map((event, index) => (index === 0 ? { ...event, deletedAt: 1 } : event)),
    };
    const ids = reviewMeetingLanguage(deleted).open.map((f) => f.recordId);
    expect(ids).not.toContain(records.timeline[0]!.id);
  });
});

describe('findingsOfField', () => {
  it('nudges a primary cause when no contributing factor is recorded', () => {
    const records = { ...withBlame(), rootCauseItems: [] };
    const found = findingsOfField(
      { kind: 'rootCause', record: { id: 'rc' }, field: 'primaryCause', text: 'A config push.' },
      meetingContext(records),
    );
    expect(found.map((f) => f.finding.category)).toEqual(['single-root-cause']);
  });

  it('lets a 5-whys entry ask “why”', () => {
    const context = meetingContext(withBlame());
    const text = 'Why did you restart the primary?';
    const as = (kind: string) =>
      findingsOfField(
        { kind: 'rootCauseItems', record: { id: 'x', kind } as { id: string }, field: 'text', text },
        context,
      ).map((f) => f.finding.category);
    expect(as('why')).toEqual([]);
    expect(as('contributing-factor')).toContain('why-who-question');
  });
});

import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../shared/domain/bundle/bundleText';
import { bundleText, testId } from '../../../helpers/bundleFactory';

type Edit = Parameters<typeof bundleText>[0];

function issuesAfter(edit: Edit) {
  const parsed = parseBundle(bundleText(edit));
  return parsed.ok ? [] : parsed.issues;
}

describe('BundleSchema cross-record rules', () => {
  it('refuses a record that belongs to another meeting, at its meetingId', () => {
    expect(issuesAfter((bundle) => (bundle.timeline[1]!.meetingId = testId(2)))).toEqual([
      { path: 'timeline[1].meetingId', message: 'belongs to another meeting' },
    ]);
  });

  it('checks the single records (impact, root cause) for their meeting too', () => {
    expect(issuesAfter((bundle) => (bundle.rootCause!.meetingId = testId(2)))).toEqual([
      { path: 'rootCause.meetingId', message: 'belongs to another meeting' },
    ]);
  });

  it('refuses an id used twice anywhere in the bundle and names the first use', () => {
    const issues = issuesAfter((bundle) => {
      bundle.lessons[0]!.id = testId(80);
      bundle.impact!.id = testId(1);
    });
    expect(issues).toEqual([
      { path: 'actionItems[0].id', message: 'same id as lessons[0]' },
      { path: 'impact.id', message: 'same id as meeting' },
    ]);
  });

  it('refuses a second state for the same question, which the database could not hold', () => {
    const issues = issuesAfter((bundle) => {
      bundle.questions.push({ ...bundle.questions[0]!, id: testId(52), answer: 'Another answer' });
    });
    expect(issues).toEqual([{ path: 'questions[1].question', message: 'same question as questions[0]' }]);
  });

  it('refuses a parking-lot item that names no step of this agenda', () => {
    expect(issuesAfter((bundle) => (bundle.parkingLot[0]!.stepId = testId(30)))).toEqual([
      { path: 'parkingLot[0].stepId', message: 'names no agenda step' },
    ]);
  });

  it('accepts a parking-lot item on a deleted step, since the bundle carries the deleted step too', () => {
    expect(issuesAfter((bundle) => (bundle.agenda[1]!.deletedAt = '2026-03-06T10:00:00.000Z'))).toEqual([]);
  });

  it('accepts a parking-lot item that belongs to no step', () => {
    expect(issuesAfter((bundle) => (bundle.parkingLot[0]!.stepId = null))).toEqual([]);
  });

  it('still reports the structural problem when a list is not a list, without failing itself', () => {
    const issues = issuesAfter((bundle) => {
      (bundle as Record<string, unknown>).agenda = 'opening, event log';
      (bundle.meeting as Record<string, unknown>).id = 7;
    });
    expect(issues).toEqual([
      { path: 'meeting.id', message: 'not a UUID' },
      { path: 'agenda', message: expect.stringContaining('expected array') },
    ]);
  });
});

describe('BundleSchema live meeting state', () => {
  it('reads a bundle written before the live state existed, with the defaults', () => {
    const text = bundleText((bundle) => {
      const meeting = bundle.meeting as Partial<typeof bundle.meeting>;
      delete meeting.currentStepId;
      delete meeting.autoStartNextStep;
      delete meeting.liveStartedAt;
      delete meeting.moveOnSignalAt;
    });
    const parsed = parseBundle(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.bundle.meeting).toMatchObject({
      currentStepId: null,
      autoStartNextStep: true,
      liveStartedAt: null,
      moveOnSignalAt: null,
    });
  });

  it('refuses a current step that is not on the agenda', () => {
    expect(issuesAfter((bundle) => (bundle.meeting.currentStepId = testId(99)))).toEqual([
      { path: 'meeting.currentStepId', message: 'names no agenda step' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { copyMeeting } from '../../../../shared/domain/bundle/copyMeeting';
import { bundleRecordsOf, parseBundle, serializeBundle } from '../../../../shared/domain/bundle/bundleText';
import { bundleText, testId } from '../../../helpers/bundleFactory';

const NOW = Date.UTC(2026, 3, 1, 12, 0, 0);

function source(edit?: Parameters<typeof bundleText>[0]) {
  const parsed = parseBundle(bundleText(edit));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return bundleRecordsOf(parsed.bundle);
}

function copyOf(records: ReturnType<typeof source>) {
  let next = 1000;
  return copyMeeting(records, { newId: () => testId(next++), now: NOW, deviceId: 'second-laptop' });
}

describe('copyMeeting', () => {
  it('gives every record a new id and points the parking lot at the copied step', () => {
    const original = source();
    const copy = copyOf(original);
    const oldIds = new Set([original.meeting.id, ...original.agenda.map((step) => step.id)]);
    expect(oldIds.has(copy.meeting.id)).toBe(false);
    expect(copy.agenda.every((step) => !oldIds.has(step.id) && step.meetingId === copy.meeting.id)).toBe(
      true,
    );
    const copiedEventLog = copy.agenda.find((step) => step.kind === 'event-log')!;
    expect(copy.parkingLot[0]!.stepId).toBe(copiedEventLog.id);
  });

  it('starts a draft with timers at zero, created now on this device', () => {
    const copy = copyOf(source());
    expect(copy.meeting).toMatchObject({ status: 'draft', createdAt: NOW, createdBy: 'second-laptop' });
    expect(copy.agenda.map((step) => [step.accumulatedSeconds, step.completed])).toEqual([
      [0, false],
      [0, false],
    ]);
  });

  it('leaves deleted records behind', () => {
    const copy = copyOf(source((bundle) => (bundle.timeline[0]!.deletedAt = '2026-03-06T10:00:00.000Z')));
    expect(copy.timeline.map((event) => event.description)).toEqual(['Service restarted']);
  });

  it('drops the step of a parking-lot item whose step was deleted, so the copy stays exportable', () => {
    const copy = copyOf(source((bundle) => (bundle.agenda[1]!.deletedAt = '2026-03-06T10:00:00.000Z')));
    expect(copy.parkingLot[0]!.stepId).toBeNull();
    expect(() => serializeBundle(copy)).not.toThrow();
  });
});

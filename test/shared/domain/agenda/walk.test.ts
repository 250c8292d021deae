import { describe, expect, it } from 'vitest';
import { adjacentStep, meetingClock, type WalkStep } from '../../../../shared/domain/agenda/walk';

const T0 = Date.UTC(2026, 2, 5, 9, 0, 0);

function step(id: string, position: number, overrides: Partial<WalkStep> = {}): WalkStep {
  return {
    id,
    position,
    plannedSeconds: 600,
    accumulatedSeconds: 0,
    runningSince: null,
    skipped: false,
    completed: false,
    deletedAt: null,
    ...overrides,
  };
}

describe('adjacentStep', () => {
  const agenda = [
    step('c', 2),
    step('a', 0),
    step('b', 1, { skipped: true }),
    step('d', 3, { deletedAt: 1 }),
  ];

  it('starts at the first step when the walk has not started', () => {
    expect(adjacentStep(agenda, null, 'next')?.id).toBe('a');
    expect(adjacentStep(agenda, null, 'previous')).toBeNull();
  });

  it('jumps over skipped and deleted steps in agenda order', () => {
    expect(adjacentStep(agenda, 'a', 'next')?.id).toBe('c');
    expect(adjacentStep(agenda, 'c', 'previous')?.id).toBe('a');
    expect(adjacentStep(agenda, 'c', 'next')).toBeNull();
  });
});

describe('meetingClock', () => {
  it('plans from now and projects the same end before the first timer', () => {
    const clock = meetingClock(
      [step('a', 0), step('b', 1)],
      { liveStartedAt: null, currentStepId: null },
      T0,
    );
    expect(clock).toEqual({
      plannedSeconds: 1200,
      plannedEndMs: T0 + 1_200_000,
      projectedEndMs: T0 + 1_200_000,
      driftSeconds: 0,
    });
  });

  it('projects a later end while the current step runs over its timebox', () => {
    const now = T0 + 12 * 60_000;
    const agenda = [step('a', 0, { runningSince: T0 }), step('b', 1), step('c', 2, { skipped: true })];
    const clock = meetingClock(agenda, { liveStartedAt: T0, currentStepId: 'a' }, now);
    expect(clock.plannedEndMs).toBe(T0 + 1_200_000);
    // Step a is 2 minutes over; step b still needs its whole 10 minutes.
    expect(clock.projectedEndMs).toBe(now + 600_000);
    expect(clock.driftSeconds).toBe(120);
  });

  it('counts a completed step as needing nothing more, even when it finished early', () => {
    const now = T0 + 5 * 60_000;
    const agenda = [
      step('a', 0, { accumulatedSeconds: 300, completed: true }),
      step('b', 1, { runningSince: now }),
    ];
    const clock = meetingClock(agenda, { liveStartedAt: T0, currentStepId: 'b' }, now);
    expect(clock.driftSeconds).toBe(-300);
  });
});

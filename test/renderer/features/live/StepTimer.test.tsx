import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { AgendaStep } from '../../../../shared/types';
import { StepTimer } from '../../../../renderer/features/live/StepTimer';

const T0 = Date.UTC(2026, 2, 5, 9, 0, 0);

function step(overrides: Partial<AgendaStep> = {}): AgendaStep {
  return {
    id: '00000000-0000-4000-8000-000000000020',
    meetingId: '00000000-0000-4000-8000-000000000001',
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    createdBy: 'test',
    kind: 'opening',
    title: 'Opening',
    prompt: '',
    plannedSeconds: 180,
    position: 0,
    accumulatedSeconds: 0,
    runningSince: null,
    completed: false,
    skipped: false,
    ...overrides,
  };
}

/** The timer as it reads `secondsLater` after starting at T0 (an injected clock, no waiting). */
function timerAt(secondsLater: number, overrides: Partial<AgendaStep> = {}) {
  render(<StepTimer step={step({ runningSince: T0, ...overrides })} now={T0 + secondsLater * 1000} />);
  return screen.getByRole('timer');
}

describe('StepTimer', () => {
  it('shows the whole timebox, marked not started, before the timer runs', () => {
    render(<StepTimer step={step()} now={T0} />);
    expect(screen.getByRole('timer')).toHaveTextContent('3:00Not started');
  });

  it('counts down while running', () => {
    const timer = timerAt(65);
    expect(timer).toHaveTextContent('1:55Remaining');
    expect(timer).toHaveClass('step-timer--normal', 'step-timer--running');
  });

  it('turns amber and says so in the last minute', () => {
    const timer = timerAt(150);
    expect(timer).toHaveTextContent('0:30Last minute');
    expect(timer).toHaveClass('step-timer--last-minute');
  });

  it('turns red past zero and counts up with a plus sign, in words as well as colour', () => {
    const timer = timerAt(180 + 83);
    expect(timer).toHaveTextContent('+1:23Over time');
    expect(timer).toHaveClass('step-timer--overtime');
    expect(timer).toHaveAccessibleName('Over time: +1:23');
  });

  it('holds still and says paused when paused', () => {
    render(<StepTimer step={step({ accumulatedSeconds: 42.7 })} now={T0 + 3_600_000} />);
    expect(screen.getByRole('timer')).toHaveTextContent('2:18Paused');
    expect(screen.getByRole('timer')).toHaveClass('step-timer--paused');
  });
});

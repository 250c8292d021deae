import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import type { TimerPhase } from '../../../../shared/domain/agenda/timer';
import { useTimeUpSignal } from '../../../../renderer/features/live/useTimeUpSignal';

/** Counts the chimes: a stand-in AudioContext that records each oscillator started. */
function fakeAudio() {
  const started = vi.fn();
  const node = () => ({
    connect: (next: unknown) => next,
    frequency: { value: 0 },
    gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() },
    start: started,
    stop: vi.fn(),
    type: 'sine',
  });
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    createOscillator = node;
    createGain = node;
    close = vi.fn(async () => {});
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return started;
}

function Probe(props: { stepId: string; phase: TimerPhase; running: boolean; muted: boolean }) {
  const pulsing = useTimeUpSignal(props.stepId, props.phase, props.running, props.muted);
  return <p>{pulsing ? 'pulsing' : 'calm'}</p>;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useTimeUpSignal', () => {
  it('chimes and pulses when the running timer crosses zero, then calms down', () => {
    vi.useFakeTimers();
    const oscillators = fakeAudio();
    const view = render(<Probe stepId="a" phase="last-minute" running muted={false} />);
    expect(screen.getByText('calm')).toBeInTheDocument();
    view.rerender(<Probe stepId="a" phase="overtime" running muted={false} />);
    expect(screen.getByText('pulsing')).toBeInTheDocument();
    expect(oscillators).toHaveBeenCalledTimes(2);
    act(() => vi.advanceTimersByTime(6_000));
    expect(screen.getByText('calm')).toBeInTheDocument();
  });

  it('pulses without sound when muted', () => {
    const oscillators = fakeAudio();
    const view = render(<Probe stepId="a" phase="normal" running muted />);
    view.rerender(<Probe stepId="a" phase="overtime" running muted />);
    expect(screen.getByText('pulsing')).toBeInTheDocument();
    expect(oscillators).not.toHaveBeenCalled();
  });

  it('stays quiet for a step that was already over time when it was shown', () => {
    const oscillators = fakeAudio();
    const view = render(<Probe stepId="a" phase="normal" running muted={false} />);
    view.rerender(<Probe stepId="b" phase="overtime" running muted={false} />);
    expect(screen.getByText('calm')).toBeInTheDocument();
    expect(oscillators).not.toHaveBeenCalled();
  });
});

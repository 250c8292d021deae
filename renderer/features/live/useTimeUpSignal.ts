import { useEffect, useRef, useState } from 'react';
import type { TimerPhase } from '../../../shared/domain/agenda/timer';

const PULSE_MS = 6_000;

/** A soft two-note chime from a WebAudio oscillator: no audio file to ship or to load. */
function playChime(): void {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  [660, 880].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const start = context.currentTime + index * 0.35;
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 1);
  });
  setTimeout(() => void context.close(), 2_000);
}

/**
 * Time-up is never silent (issue #6): when the running step's timer crosses zero, chime (unless
 * muted) and pulse for a few seconds. Only a crossing seen live counts: opening a step that is
 * already over time, or reloading, does not chime again.
 */
export function useTimeUpSignal(
  stepId: string | null,
  phase: TimerPhase,
  running: boolean,
  muted: boolean,
): boolean {
  const last = useRef<{ stepId: string | null; phase: TimerPhase }>({ stepId, phase });
  const [pulsing, setPulsing] = useState(false);
  const mutedRef = useRef(muted);
  const pulseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    mutedRef.current = muted;
  }, [muted]);

  useEffect(() => {
    const crossed =
      last.current.stepId === stepId && last.current.phase !== 'overtime' && phase === 'overtime';
    last.current = { stepId, phase };
    clearTimeout(pulseTimer.current);
    if (!crossed || !running) {
      setPulsing(false);
      return;
    }
    if (!mutedRef.current) playChime();
    setPulsing(true);
    pulseTimer.current = setTimeout(() => setPulsing(false), PULSE_MS);
  }, [stepId, phase, running]);

  useEffect(() => () => clearTimeout(pulseTimer.current), []);
  return pulsing;
}

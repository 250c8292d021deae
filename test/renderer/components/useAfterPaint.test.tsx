import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../../renderer/components/useAfterPaint';

// The frame is faked, so the test says exactly when the value may follow: after the frame that
// painted the change and the task after it, never inside the change's own render (as React's
// useDeferredValue would, in the next task, before the frame).
afterEach(() => vi.useRealTimers());

function shown() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  return renderHook(({ value }) => useAfterPaint(value), { initialProps: { value: 'first' } });
}

/** Runs the next frame, then the tasks after it, as a page would. */
async function paint() {
  await act(async () => {
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
  });
}

describe('useAfterPaint', () => {
  it('shows the first value at once', () => {
    expect(shown().result.current).toBe('first');
  });

  it('follows a change only after the frame that painted it', async () => {
    const hook = shown();
    await act(async () => hook.rerender({ value: 'second' }));
    expect(hook.result.current).toBe('first');
    await act(async () => vi.advanceTimersToNextFrame());
    // The frame came; the task after it (where the value follows) has not run yet.
    expect(hook.result.current).toBe('first');
    await act(async () => vi.advanceTimersByTimeAsync(1));
    expect(hook.result.current).toBe('second');
  });

  it('skips a value changed again before the frame: only the latest follows', async () => {
    const hook = shown();
    const seen: string[] = [];
    await act(async () => hook.rerender({ value: 'second' }));
    await act(async () => hook.rerender({ value: 'third' }));
    seen.push(hook.result.current);
    await paint();
    seen.push(hook.result.current);
    expect(seen).toEqual(['first', 'third']);
  });
});

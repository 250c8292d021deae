import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../renderer/components/afterPaint';

// Timers faked: what is tested is which timers the function leaves behind.
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Starts `afterPaint`, and tells whether it has resolved. */
function started() {
  let resolved = false;
  void afterPaint().then(() => (resolved = true));
  return () => resolved;
}

describe('afterPaint', () => {
  it('resolves after the next frame and clears its fallback timer when the frame comes first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    const resolved = started();
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersToNextFrame();
    // Only the task after the frame is left: the 100 ms fallback is gone.
    expect(vi.getTimerCount()).toBe(1);
    expect(resolved()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved()).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resolves after its fallback when no frame comes (a page without frames)', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const resolved = started();
    await vi.advanceTimersByTimeAsync(99);
    expect(resolved()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved()).toBe(true);
  });
});

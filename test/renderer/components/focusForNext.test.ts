import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusForNext } from '../../../renderer/components/focusForNext';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Two fields in the page, the second one focused, each one's focus and scroll watched. */
function fields() {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame'] });
  const [time, description] = ['time', 'description'].map((name) => {
    const input = document.createElement('input');
    input.name = name;
    input.scrollIntoView = vi.fn();
    document.body.append(input);
    return input;
  });
  description!.focus();
  return { time: time!, description: description!, focused: vi.spyOn(HTMLElement.prototype, 'focus') };
}

describe('focusForNext', () => {
  it('leaves the field that has the focus alone: no focus() and no scroll', () => {
    const { description, focused } = fields();
    focusForNext(description);
    vi.advanceTimersToNextFrame();
    expect(focused).not.toHaveBeenCalled();
    expect(description.scrollIntoView).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(description);
  });

  it('focuses another field without the scroll, then brings it into view in the next frame', () => {
    const { time, focused } = fields();
    focusForNext(time);
    expect(document.activeElement).toBe(time);
    expect(focused).toHaveBeenCalledWith({ preventScroll: true });
    expect(time.scrollIntoView).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(time.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
  });
});

import { act } from '@testing-library/react';

/**
 * jsdom has no ResizeObserver: this one reports what a test says an element measures, the way
 * Chromium reports after its layout.
 */
export class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly report: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  static resize(sizes: readonly (readonly [Element, number])[]) {
    for (const observer of FakeResizeObserver.all) {
      const entries = sizes
        .filter(([target]) => observer.targets.has(target))
        .map(([target, height]) => ({
          target,
          borderBoxSize: [{ blockSize: height }],
          contentRect: { height },
        }));
      if (entries.length > 0)
        act(() => observer.report(entries as unknown as ResizeObserverEntry[], observer as never));
    }
  }
}

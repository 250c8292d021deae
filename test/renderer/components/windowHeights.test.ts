import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WindowHeights } from '../../../renderer/components/windowHeights';

const ESTIMATE = 40;
const identity = (key: string) => key;

/** The offsets worked out the long way: every item's height, measured or estimated, summed. */
function naiveOffsets(keys: readonly string[], measured: ReadonlyMap<string, number>, gap: number) {
  const offsets = [0];
  keys.forEach((key, index) => offsets.push(offsets[index]! + (measured.get(key) ?? ESTIMATE) + gap));
  return offsets;
}

const steps = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
    fc.record({
      kind: fc.constant('measure' as const),
      at: fc.nat(),
      height: fc.integer({ min: 1, max: 300 }),
    }),
  ),
  { maxLength: 40 },
);

describe('WindowHeights', () => {
  it('answers the offsets a full sum gives, through inserts, removals, moves and measurements', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 12 }),
        steps,
        fc.array(fc.integer({ min: -20, max: 3_000 }), { maxLength: 4 }),
        (start, gap, plan, probes) => {
          let next = 0;
          const fresh = (count: number) => Array.from({ length: count }, () => `k${next++}`);
          let keys = fresh(start);
          const measured = new Map<string, number>();
          const heights = new WindowHeights<string>(ESTIMATE);
          heights.sync(keys, identity, gap);
          for (const step of plan) {
            if (step.kind === 'measure') {
              if (keys.length === 0) continue;
              const at = step.at % keys.length;
              heights.setHeight(at, step.height);
              measured.set(keys[at]!, step.height);
            } else {
              const copy = [...keys];
              if (step.kind === 'insert') copy.splice(step.at % (copy.length + 1), 0, ...fresh(step.count));
              else if (step.kind === 'remove') copy.splice(step.at % (copy.length + 1), step.count);
              else if (copy.length > 0)
                copy.splice(step.to % copy.length, 0, ...copy.splice(step.from % copy.length, 1));
              keys = copy;
              heights.sync(keys, identity, gap);
            }
            const offsets = naiveOffsets(keys, measured, gap);
            // Asked before any offset below it is: the sums are made only as far as the probe.
            for (const probe of probes) {
              const starts = offsets.slice(0, keys.length);
              const last = starts.findLastIndex((offset) => offset <= probe);
              expect(heights.indexAt(probe)).toBe(keys.length === 0 ? -1 : Math.max(0, last));
            }
            expect(heights.count).toBe(keys.length);
            keys.forEach((_, index) => expect(heights.offsetOf(index)).toBe(offsets[index]));
            expect(heights.total()).toBe(keys.length === 0 ? 0 : offsets[keys.length]! - gap);
          }
        },
      ),
    );
  });

  it('finds the item at an offset: the last that starts at or above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: -100, max: 15_000 }),
        (sizes, gap, offset) => {
          const keys = sizes.map((_, index) => `k${index}`);
          const heights = new WindowHeights<string>(ESTIMATE);
          heights.sync(keys, identity, gap);
          sizes.forEach((size, index) => heights.setHeight(index, size));
          const offsets = naiveOffsets(keys, new Map(keys.map((key, index) => [key, sizes[index]!])), gap);
          const expected = Math.max(
            0,
            offsets.slice(0, keys.length).findLastIndex((start) => start <= offset),
          );
          expect(heights.indexAt(offset)).toBe(expected);
        },
      ),
    );
  });

  it('keeps a measured height with its item when items are added before it', () => {
    const heights = new WindowHeights<string>(ESTIMATE);
    heights.sync(['a', 'b', 'c'], identity, 0);
    heights.setHeight(2, 100);
    heights.sync(['z', 'a', 'b', 'c'], identity, 0);
    expect(heights.heightAt(3)).toBe(100);
    expect(heights.isMeasured(3)).toBe(true);
    expect(heights.isMeasured(0)).toBe(false);
    expect(heights.total()).toBe(3 * ESTIMATE + 100);
  });

  it('drops a change under half a pixel, so measuring settles', () => {
    const heights = new WindowHeights<string>(ESTIMATE);
    heights.sync(['a', 'b'], identity, 0);
    expect(heights.setHeight(0, 41.25)).toBe(1.25);
    expect(heights.setHeight(0, 41.5)).toBe(0);
    expect(heights.setHeight(0, 40.9)).toBe(0);
    expect(heights.heightAt(0)).toBe(41.25);
    expect(heights.isMeasured(1)).toBe(false);
    expect(heights.setHeight(1, 40.2)).toBe(0);
    expect(heights.isMeasured(1)).toBe(true);
  });

  it('answers no item for an empty list', () => {
    const heights = new WindowHeights<string>(ESTIMATE);
    heights.sync([], identity, 8);
    expect(heights.indexAt(100)).toBe(-1);
    expect(heights.total()).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unchangedEnds } from '../../../shared/domain/unchangedEnds';

const same = (a: string, b: string) => a === b;

describe('unchangedEnds', () => {
  it('finds the stretch a one-item change touched', () => {
    expect(unchangedEnds(['a', 'b', 'c'], ['a', 'x', 'b', 'c'], same)).toEqual({ head: 1, tail: 2 });
    expect(unchangedEnds(['a', 'b', 'c'], ['a', 'b', 'c', 'd'], same)).toEqual({ head: 3, tail: 0 });
    expect(unchangedEnds(['a', 'b', 'c'], ['a', 'c'], same)).toEqual({ head: 1, tail: 1 });
    expect(unchangedEnds(['a', 'b'], ['a', 'b'], same)).toEqual({ head: 2, tail: 0 });
    expect(unchangedEnds(['a', 'b'], ['x', 'y'], same)).toEqual({ head: 0, tail: 0 });
  });

  it('compares by reference unless told how, and asks `same` only about items that are not one object', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(unchangedEnds([a, b, c], [a, { id: 'b' }, c])).toEqual({ head: 1, tail: 1 });
    const asked: string[] = [];
    const byId = (x: { id: string }, y: { id: string }) => (asked.push(x.id), x.id === y.id);
    expect(unchangedEnds([a, b, c], [a, { id: 'b' }, c], byId)).toEqual({ head: 3, tail: 0 });
    expect(asked).toEqual(['b']);
  });

  it('never counts an item in both ends, and both ends are the same in the two lists', () => {
    const list = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 });
    fc.assert(
      fc.property(list, list, (before, after) => {
        const { head, tail } = unchangedEnds(before, after, same);
        expect(head + tail).toBeLessThanOrEqual(Math.min(before.length, after.length));
        expect(after.slice(0, head)).toEqual(before.slice(0, head));
        expect(after.slice(after.length - tail)).toEqual(before.slice(before.length - tail));
        // Maximal: the next item at either end differs (or the shorter list is used up).
        if (head < Math.min(before.length, after.length) - tail) {
          expect(before[head]).not.toBe(after[head]);
          expect(before[before.length - 1 - tail]).not.toBe(after[after.length - 1 - tail]);
        }
      }),
    );
  });
});

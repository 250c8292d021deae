import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spliced, unchangedEnds } from '../../../shared/domain/listEdits';

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

describe('spliced', () => {
  const item = (id: number) => ({ id });
  type Item = ReturnType<typeof item>;
  /** A list edited by `spliced` a few times: each edit takes out up to two items and puts in fresh ones. */
  const edits = fc.array(
    fc.record({ at: fc.nat(), removed: fc.nat({ max: 2 }), added: fc.nat({ max: 2 }) }),
    { minLength: 1, maxLength: 12 },
  );

  it('makes the list toSpliced makes, and knows its unchanged ends as a comparison finds them', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20 }), edits, (length, steps) => {
        const before: readonly Item[] = Array.from({ length }, (_, index) => item(index));
        let after = before;
        let next = 1_000;
        for (const step of steps) {
          const at = step.at % (after.length + 1);
          const added = Array.from({ length: step.added }, () => item(next++));
          const expected = after.toSpliced(at, step.removed, ...added);
          after = spliced(after, at, step.removed, ...added);
          expect(after).toEqual(expected);
        }
        // A fresh array with the same items: no edits known, the lists compared item by item.
        const compared = unchangedEnds(before, [...after]);
        const known = unchangedEnds(before, after);
        // Never more unchanged than there is: a comparison's ends are as long as ends can be.
        expect(known.head + known.tail).toBeLessThanOrEqual(compared.head + compared.tail);
        expect(after.slice(0, known.head)).toEqual(before.slice(0, known.head));
        expect(after.slice(after.length - known.tail)).toEqual(before.slice(before.length - known.tail));
        // One edit that changed something: exactly what a comparison finds, the items being fresh.
        if (steps.length === 1 && (after.length !== before.length || steps[0]!.added > 0))
          expect(known).toEqual(compared);
      }),
    );
  });

  it('answers from the edit, not the items: a replacement `same` calls equal still counts as changed', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const byId = (x: { id: string }, y: { id: string }) => x.id === y.id;
    const before = [a, b, c];
    const after = spliced(before, 1, 1, { id: 'b' });
    expect(unchangedEnds(before, after, byId)).toEqual({ head: 1, tail: 1 });
    expect(unchangedEnds(before, [...after], byId)).toEqual({ head: 3, tail: 0 });
  });

  it('compares lists it did not make from each other, edits or not', () => {
    const [a, b, c] = [item(1), item(2), item(3)];
    const other = spliced([b, c], 0, 0, a);
    expect(unchangedEnds([a, b, c], other)).toEqual({ head: 3, tail: 0 });
  });
});

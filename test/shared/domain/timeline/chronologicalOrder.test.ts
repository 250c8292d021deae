import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../../../shared/contract/recordKinds';
import {
  chronological,
  chronologicalFollower,
  compareChronological,
  hasEventAt,
  placeChronologically,
  reorderChronologically,
} from '../../../../shared/domain/timeline/chronologicalOrder';
import type { TimelineEvent } from '../../../../shared/types';
import { event } from './timelineFacts';

/** Events with few distinct times and write times, so ties (decided by id) are common. */
const events = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 999 }),
    at: fc.integer({ min: 0, max: 5 }),
    createdAt: fc.integer({ min: 0, max: 3 }),
    deleted: fc.boolean(),
  }),
  { selector: (made) => made.id, maxLength: 40 },
).map((made) =>
  made.map(({ id, at, createdAt, deleted }) => ({
    ...event('09:00', 'other'),
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    at,
    createdAt,
    deletedAt: deleted ? 1 : null,
  })),
);

/** The plain answer: the live events sorted by the record kind's declared order. */
const plainSort = (list: readonly TimelineEvent[]) =>
  list.filter((made) => made.deletedAt === null).sort(compareRecords('timeline'));

/** `list` with some events removed, some edited (a new version, maybe another time) and new ones added. */
const changedList = (list: TimelineEvent[]) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: list.length, maxLength: list.length }),
      fc.array(fc.option(fc.integer({ min: 0, max: 5 })), { minLength: list.length, maxLength: list.length }),
      fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 5 }),
      fc.integer({ min: 0, max: 40 }),
    )
    .map(([keep, edits, adds, at]) => {
      const next = list
        .filter((_, index) => keep[index])
        .map((made, index) => (edits[index] == null ? made : { ...made, at: edits[index]!, updatedAt: 2 }));
      const added = adds.map((time, index) => ({
        ...event('09:00', 'other'),
        id: `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`,
        at: time,
      }));
      next.splice(Math.min(at, next.length), 0, ...added);
      return next;
    });

describe('compareChronological', () => {
  it('orders as the timeline record kind declares (time, then written, then id)', () => {
    fc.assert(
      fc.property(events, (list) => {
        for (const a of list) for (const b of list) expect(Math.sign(compareChronological(a, b))).toBe(Math.sign(compareRecords('timeline')(a, b)));
      }),
    );
  });
});

describe('reorderChronologically', () => {
  it('gives the plain sort of any list, whatever list it last ordered', () => {
    fc.assert(
      fc.property(
        events.chain((list) => fc.tuple(fc.constant(list), changedList(list))),
        ([before, after]) => {
          const previous = { list: before, sorted: chronological(before) };
          expect(reorderChronologically(previous, after)).toEqual(plainSort(after));
          expect(reorderChronologically(null, after)).toEqual(plainSort(after));
        },
      ),
    );
  });

  it('gives the plain sort when the last list was its own order, as the store keeps the log', () => {
    fc.assert(
      fc.property(
        events.map(plainSort).chain((list) => fc.tuple(fc.constant(list), changedList(list), fc.boolean())),
        ([before, changed, inOrder]) => {
          // The store's next list is in order too; any other list must still come out sorted.
          const after = inOrder ? plainSort(changed) : changed;
          const answer = reorderChronologically({ list: before, sorted: before }, after);
          expect(answer).toEqual(plainSort(after));
          // Taken as it is (or, when no event changed, the last answer again): never a copy.
          if (inOrder) expect([after, before]).toContain(answer);
        },
      ),
    );
  });

  it('takes a log already in time order as it is, without a copy', () => {
    const log = chronological([event('09:00', 'alert'), event('09:05', 'detection'), event('09:10', 'other')]);
    expect(reorderChronologically(null, log)).toBe(log);
    const typed = { ...event('09:07', 'other'), createdAt: 9 };
    const next = [log[0]!, log[1]!, typed, log[2]!];
    expect(reorderChronologically({ list: log, sorted: log }, next)).toBe(next);
    // Out of order, or holding a removed event: sorted, not taken as it is.
    const late = [log[0]!, log[2]!, log[1]!];
    expect(reorderChronologically({ list: log, sorted: log }, late)).toEqual([log[0], log[1], log[2]]);
    const removed = [log[0]!, { ...log[1]!, deletedAt: 5 }, log[2]!];
    expect(reorderChronologically(null, removed)).toEqual([log[0], log[2]]);
  });

  it('gives the same array back when no record changed', () => {
    const list = [event('09:00', 'alert'), event('09:05', 'detection')];
    const sorted = chronological(list);
    expect(reorderChronologically({ list, sorted }, [...list])).toBe(sorted);
    expect(reorderChronologically({ list: sorted, sorted }, [...sorted])).toBe(sorted);
  });
});

describe('placeChronologically', () => {
  it('takes out the old version and puts the new one where the plain sort would', () => {
    fc.assert(
      fc.property(events, fc.nat(), fc.integer({ min: 0, max: 5 }), (list, pick, at) => {
        const sorted = plainSort(list);
        fc.pre(sorted.length > 0);
        const old = sorted[pick % sorted.length]!;
        const edited = { ...old, at };
        const expected = plainSort(list.map((made) => (made === old ? edited : made)));
        expect(placeChronologically(sorted, [old], [edited])).toEqual(expected);
      }),
    );
  });

  it('leaves out a deleted version and passes over a removal that was never live', () => {
    const [alert, detection] = [event('09:00', 'alert'), event('09:05', 'detection')];
    const gone = { ...detection, deletedAt: 5 };
    expect(placeChronologically([alert, detection], [detection], [gone])).toEqual([alert]);
    expect(placeChronologically([alert], [gone], [])).toEqual([alert]);
  });
});

describe('chronologicalFollower', () => {
  it('places one added event without sorting the log again', () => {
    const follow = chronologicalFollower();
    const log = Array.from({ length: 1_000 }, (_, index) => ({ ...event('09:00', 'other'), at: index * 1_000 }));
    follow(log);
    // Counting comparisons: a re-sort of 1,001 events makes thousands, a binary search about twenty.
    let compared = 0;
    const added = { ...event('09:00', 'other'), at: 500_500 };
    const watched = new Proxy(added, {
      get(target, field) {
        if (field === 'at') compared++;
        return target[field as keyof TimelineEvent];
      },
    });
    const sorted = follow([...log, watched]);
    expect(sorted[501]).toBe(watched);
    expect(compared).toBeLessThan(50);
  });
});

describe('hasEventAt', () => {
  it('finds an event by its time in a sorted log', () => {
    const log = chronological([event('09:00', 'alert'), event('09:05', 'detection'), event('09:10', 'other')]);
    expect(hasEventAt(log, log[1]!.at)).toBe(true);
    expect(hasEventAt(log, log[1]!.at + 1)).toBe(false);
    expect(hasEventAt([], 0)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronological } from '../../../../shared/domain/timeline/chronologicalOrder';
import { followEventTimes, kindCode, positionOf } from '../../../../shared/domain/timeline/eventTimes';
import { EVENT_KINDS } from '../../../../shared/domain/vocabulary';
import type { TimelineEvent } from '../../../../shared/types';
import { event } from './timelineFacts';

/** A log in time order, with few distinct times so that equal times are common. */
const log = fc
  .array(fc.record({ minute: fc.integer({ min: 0, max: 5 }), kind: fc.constantFrom(...EVENT_KINDS) }), {
    maxLength: 40,
  })
  .map((drawn) => chronological(drawn.map(({ minute, kind }) => ({ ...event(`09:0${minute}`, kind) }))));

/** `before` after one view-like change: events taken out, replaced by new versions, or put in. */
const changed = (before: TimelineEvent[]) =>
  fc
    .tuple(
      fc.array(fc.constantFrom('keep', 'drop', 'edit'), {
        minLength: before.length,
        maxLength: before.length,
      }),
      fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
    )
    .map(([fates, adds]) => {
      const kept = before
        .filter((_, index) => fates[index] !== 'drop')
        .map((made, index) => (fates[index] === 'edit' ? { ...made, kind: 'other' as const } : made));
      return chronological([...kept, ...adds.map((minute) => event(`09:0${minute}`, 'alert'))]);
    });

/** The plain answer: each event's time and kind code, read from the events themselves. */
const plain = (events: readonly TimelineEvent[]) => ({
  times: [...events.map((made) => made.at)],
  kinds: [...events.map((made) => kindCode(made.kind))],
});
const read = (times: { times: Float64Array; kinds: Uint8Array }) => ({
  times: [...times.times],
  kinds: [...times.kinds],
});

describe('followEventTimes', () => {
  it('holds the times and kinds of any log, whatever log it followed before', () => {
    fc.assert(
      fc.property(
        log.chain((before) => fc.tuple(fc.constant(before), changed(before))),
        ([before, after]) => {
          const previous = followEventTimes(null, before);
          expect(read(previous)).toEqual(plain(before));
          expect(read(followEventTimes(previous, after))).toEqual(plain(after));
          expect(followEventTimes(previous, after).events).toBe(after);
        },
      ),
    );
  });

  // The point of following (issue #16): an add to a 1,000-event log reads one event, not 1,000.
  it('reads only the events that changed since the log it followed', () => {
    let reads = 0;
    const watched = Array.from(
      { length: 1_000 },
      (_, index) =>
        new Proxy(event(`09:${String(index % 60).padStart(2, '0')}`, 'other'), {
          get(target, field) {
            if (field === 'at') reads++;
            return target[field as keyof TimelineEvent];
          },
        }),
    );
    const before = followEventTimes(null, watched);
    reads = 0;
    const added = event('09:30', 'detection');
    const after = [...watched.slice(0, 500), added, ...watched.slice(500)];
    const followed = followEventTimes(before, after);
    expect(reads).toBe(0);
    expect(read(followed)).toEqual(plain(after));
  });

  it('gives the same arrays back for the same log', () => {
    const times = followEventTimes(null, [event('09:00', 'alert')]);
    expect(followEventTimes(times, times.events)).toBe(times);
  });
});

describe('positionOf', () => {
  it('finds every event of a log by its time, and no other version of it', () => {
    fc.assert(
      fc.property(log, (events) => {
        const times = followEventTimes(null, events);
        events.forEach((made, index) => expect(positionOf(times, made)).toBe(index));
        for (const made of events) expect(positionOf(times, { ...made })).toBe(-1);
      }),
    );
  });
});

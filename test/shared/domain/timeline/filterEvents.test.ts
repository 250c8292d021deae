import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventFilterFollower,
  filterEvents,
  isEmptyFilter,
  type EventFilter,
} from '../../../../shared/domain/timeline/filterEvents';
import type { TimelineEvent } from '../../../../shared/types';
import { event } from './timelineFacts';

const log = [
  { ...event('09:00', 'alert'), description: 'High API latency', actor: 'PagerDuty' },
  { ...event('09:05', 'detection'), description: 'On-call acknowledged', actor: 'Priya' },
  {
    ...event('09:10', 'mitigation-attempt', 'no-effect'),
    description: 'Restarted pods',
    evidence: 'https://grafana.example.com/d/API',
  },
];

describe('filterEvents', () => {
  it("gives the list itself back when the filter keeps every event, so a view's memo holds", () => {
    expect(filterEvents(log, { kinds: [], text: '' })).toBe(log);
  });

  it("lower-cases an event's text once per version, not on every keystroke (issue 16)", () => {
    let read = 0;
    const watched = new Proxy(log[0]!, {
      get(target, field) {
        if (field === 'description') read++;
        return target[field as keyof typeof target];
      },
    });
    for (const text of ['h', 'hi', 'hig', 'high']) filterEvents([watched], { kinds: [], text });
    expect(read).toBe(1);
    expect(filterEvents([{ ...log[0]!, description: 'Disk full' }], { kinds: [], text: 'high' })).toEqual([]);
  });

  it('keeps every event, in the given order, when the filter is empty', () => {
    expect(filterEvents(log, { kinds: [], text: '  ' })).toEqual(log);
    expect(isEmptyFilter({ kinds: [], text: ' ' })).toBe(true);
  });

  it('keeps only the chosen kinds', () => {
    expect(
      filterEvents(log, { kinds: ['alert', 'mitigation-attempt'], text: '' }).map((e) => e.kind),
    ).toEqual(['alert', 'mitigation-attempt']);
  });

  it('matches text in the description, actor or evidence regardless of case', () => {
    expect(filterEvents(log, { kinds: [], text: 'api' }).map((e) => e.kind)).toEqual([
      'alert',
      'mitigation-attempt',
    ]);
    expect(filterEvents(log, { kinds: [], text: 'PRIYA' }).map((e) => e.kind)).toEqual(['detection']);
  });

  it('combines kinds and text', () => {
    expect(filterEvents(log, { kinds: ['alert'], text: 'restarted' })).toEqual([]);
  });
});

describe('eventFilterFollower', () => {
  const texts = fc.constantFrom('', ' ', 'a', 'ap', 'api', 'API ', 'i', 'pr', 'priya', 'x', 'grafana', 'd/a');
  const kinds = fc.subarray(['alert', 'detection', 'mitigation-attempt'] as const);
  const filters = fc.array(fc.record({ kinds, text: texts }), { maxLength: 12 });

  it('answers as filterEvents does for any run of filters, over the same or a changed log', () => {
    fc.assert(
      fc.property(filters, fc.array(fc.boolean(), { maxLength: 12 }), (run: EventFilter[], swaps) => {
        const follow = eventFilterFollower();
        let events: readonly TimelineEvent[] = log;
        run.forEach((filter, index) => {
          if (swaps[index]) events = events === log ? log.slice(1) : log;
          expect(follow(events, filter)).toEqual(filterEvents(events, filter));
        });
      }),
    );
  });

  // Typing a needle key by key: each key searches what the text before it kept, not the log.
  const pods = Array.from({ length: 45 }, (_, index) => ({
    ...log[2]!,
    description: `Restarted pods ${index}`,
    evidence: '',
  }));
  const latency = Array.from({ length: 5 }, (_, index) => ({
    ...log[0]!,
    description: `API latency ${index}`,
  }));
  /** The 50 events, counting how many times one of them is read from the list. */
  function watchedLog() {
    const watch = { reads: 0 };
    const events = new Proxy([...pods, ...latency], {
      get(target, field, receiver) {
        if (typeof field === 'string' && /^\d+$/.test(field)) watch.reads++;
        return Reflect.get(target, field, receiver);
      },
    });
    return { events, watch };
  }

  it('searches only the events the shorter text kept when a key is typed at the end', () => {
    const { events, watch } = watchedLog();
    // Both kinds shown, so that each event searched is read for its kind.
    const kinds = ['alert', 'mitigation-attempt'] as const;
    const follow = eventFilterFollower();
    expect(follow(events, { kinds, text: 'api' })).toHaveLength(5);
    watch.reads = 0;
    expect(follow(events, { kinds, text: 'api l' })).toHaveLength(5);
    expect(follow(events, { kinds, text: 'api latency 3' })).toEqual([latency[3]]);
    // Two keys, and not one pass over the 50 events: only the 5 the shorter text kept are read.
    expect(watch.reads).toBeLessThan(50);
    // A key taken away widens the search again.
    expect(follow(events, { kinds, text: 'latency' })).toHaveLength(5);
    expect(follow(events, { kinds, text: 'pods' })).toHaveLength(45);
  });

  // The log's search texts are gathered once per version of the log, not looked up per event.
  it('reads only the events it shows once the log was searched, even when a key widens the search', () => {
    const { events, watch } = watchedLog();
    const follow = eventFilterFollower();
    expect(follow(events, { kinds: [], text: 'pods' })).toHaveLength(45);
    watch.reads = 0;
    expect(follow(events, { kinds: [], text: 'latency' })).toHaveLength(5);
    expect(watch.reads).toBe(5);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followEventTimes } from '../../../../shared/domain/timeline/eventTimes';
import { stripLayout } from '../../../../shared/domain/timeline/strip';
import {
  KEY_KINDS,
  MAX_KEY_LABELS,
  STRIP_COLUMNS,
  markEvents,
  stripMarksFollower,
} from '../../../../shared/domain/timeline/stripMarks';
import { EVENT_KINDS } from '../../../../shared/domain/vocabulary';
import type { TimelineEvent } from '../../../../shared/types';
import { event } from './timelineFacts';

const NO_TIMES = { startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null };
const log = [event('09:00', 'alert'), event('09:30', 'detection'), event('10:00', 'other')];
/** The three events' axis: 09:00 → 10:00. */
const axis = { startAt: log[0]!.at, endAt: log[2]!.at };
const fractionOf = (at: number) => (at - axis.startAt) / (axis.endAt - axis.startAt);
const marksOf = (events: readonly TimelineEvent[]) => markEvents(followEventTimes(null, events), axis);
const occupiedColumns = (occupied: Uint8Array) =>
  [...occupied.keys()].filter((column) => occupied[column] === 1);
const detections = Array.from({ length: MAX_KEY_LABELS + 5 }, (_, index) =>
  event(`09:${String(index).padStart(2, '0')}`, 'detection'),
);

describe('markEvents', () => {
  it('ticks the column of every event of a short log and labels its key events', () => {
    const { occupied, keys } = marksOf(log);
    expect(occupied).toHaveLength(STRIP_COLUMNS + 1);
    expect(occupiedColumns(occupied)).toEqual([0, STRIP_COLUMNS / 2, STRIP_COLUMNS]);
    expect(keys).toEqual([{ event: log[1], x: 0.5 }]);
  });

  it('labels only the first of each key kind when there are too many to label', () => {
    const recovery = event('09:59', 'recovery');
    const { keys } = marksOf([...detections, recovery]);
    expect(keys.map((marker) => marker.event)).toEqual([detections[0], recovery]);
  });

  // Against the plain statement of the rule: a tick for each event's column, and every key
  // event labelled, or the first of each key kind when there are more than can be labelled.
  it('marks the columns and labels that one marker per event would, for any log', () => {
    const drawn = fc.array(
      fc.record({ minute: fc.integer({ min: 0, max: 60 }), kind: fc.constantFrom(...EVENT_KINDS) }),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(drawn, (made) => {
        const timeline = made
          .sort((a, b) => a.minute - b.minute)
          .map(({ minute, kind }) => ({ ...event('09:00', kind), at: axis.startAt + minute * 60_000 }));
        const { occupied, keys } = marksOf(timeline);
        const columns = new Set(timeline.map((each) => Math.round(fractionOf(each.at) * STRIP_COLUMNS)));
        expect(occupiedColumns(occupied)).toEqual([...columns].sort((a, b) => a - b));
        const keyEvents = timeline.filter((each) => KEY_KINDS.has(each.kind));
        const labelled =
          keyEvents.length <= MAX_KEY_LABELS
            ? keyEvents
            : keyEvents.filter(
                (each, index) => keyEvents.findIndex((other) => other.kind === each.kind) === index,
              );
        expect(keys).toEqual(labelled.map((each) => ({ event: each, x: fractionOf(each.at) })));
      }),
    );
  });
});

describe('stripMarksFollower', () => {
  const layout = stripLayout({ meeting: NO_TIMES, timeline: [...detections, event('09:40', 'alert')] })!;

  it('names the highlighted key event beside the first of its kind when the labels are thinned', () => {
    const highlighted = detections[10]!;
    const marks = stripMarksFollower()(layout, highlighted.id);
    expect(marks.keys.map((marker) => marker.event)).toEqual([detections[0], highlighted]);
    // 09:10 on an axis from 09:00 to 09:40.
    expect(marks.highlighted).toEqual({ event: highlighted, x: 0.25 });
  });

  it('marks a highlighted event that is not a key one without labelling it', () => {
    const alert = layout.events.at(-1)!;
    const marks = stripMarksFollower()(layout, alert.id);
    expect(marks.highlighted).toEqual({ event: alert, x: 1 });
    expect(marks.keys.map((marker) => marker.event)).toEqual([detections[0]]);
  });

  it('marks nothing for no highlight or an event no longer in the log', () => {
    const marksOf = stripMarksFollower();
    expect(marksOf(layout, null).highlighted).toBeNull();
    expect(marksOf(layout, 'gone').highlighted).toBeNull();
  });

  // Keeping the highlight through an add is a binary search on its time, not a scan by id.
  it('finds the highlighted event again after an add without reading the ids of the log', () => {
    let idReads = 0;
    const watched = detections.map(
      (made) =>
        new Proxy(made, {
          get(target, field) {
            if (field === 'id') idReads++;
            return target[field as keyof TimelineEvent];
          },
        }),
    );
    const follow = stripMarksFollower();
    const before = stripLayout({ meeting: NO_TIMES, timeline: watched })!;
    follow(before, detections[20]!.id);
    const later = event('09:50', 'recovery');
    const after = stripLayout({ meeting: NO_TIMES, timeline: [...before.events, later] })!;
    idReads = 0;
    const marks = follow(after, detections[20]!.id);
    // The one read: whether the event it found last is still the highlighted one.
    expect(idReads).toBe(1);
    expect(marks.highlighted?.event).toBe(before.events[20]);
    expect(marks.keys.map((marker) => marker.event)).toEqual([before.events[0], before.events[20], later]);
  });
});

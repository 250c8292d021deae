import { describe, expect, it } from 'vitest';
import { stripLayout } from '../../../../shared/domain/timeline/strip';
import { stripMarksFollower } from '../../../../shared/domain/timeline/stripMarks';
import { event, exampleRecords } from './timelineFacts';

const NO_TIMES = { startedAt: null, detectedAt: null, mitigatedAt: null, resolvedAt: null };
const at = (hours: number, minutes: number, seconds = 0) => Date.UTC(2026, 1, 17, hours, minutes, seconds);

describe('stripLayout', () => {
  it('lays the firmware example out from its first event to its resolution, in three phases', () => {
    const layout = stripLayout(exampleRecords('firmware-packet-drop.json'))!;
    expect([layout.startAt, layout.endAt]).toEqual([at(6, 2), at(12, 15)]);
    const length = at(12, 15) - at(6, 2);
    const fraction = (ms: number) => (ms - at(6, 2)) / length;
    expect(layout.spans).toEqual([
      { phase: 'undetected', from: fraction(at(7, 14)), to: fraction(at(8, 11)) },
      // Detected until the first mitigation attempt (pods restarted at 08:25:30).
      { phase: 'detected', from: fraction(at(8, 11)), to: fraction(at(8, 25, 30)) },
      { phase: 'mitigating', from: fraction(at(8, 25, 30)), to: 1 },
    ]);
    // The first event (a non-key one) opens the axis: its tick is in the first column.
    const marks = stripMarksFollower()(layout, null);
    expect(marks.occupied[0]).toBe(1);
    expect(marks.keys.some((marker) => marker.event === layout.events[0])).toBe(false);
    const keyKinds = new Set(marks.keys.map((marker) => marker.event.kind));
    expect(keyKinds).toEqual(
      new Set(['first-signal', 'detection', 'mitigation', 'fix-deployed', 'recovery']),
    );
  });

  it('adds a resolved phase when events follow the resolution, and leaves unknown phases out', () => {
    const timeline = [
      event('09:00', 'first-signal'),
      event('09:30', 'recovery'),
      event('10:00', 'communication'),
    ];
    const layout = stripLayout({ meeting: NO_TIMES, timeline })!;
    expect(layout.spans).toEqual([{ phase: 'resolved', from: 0.5, to: 1 }]);
  });

  it('has nothing to lay out without times or events', () => {
    expect(stripLayout({ meeting: NO_TIMES, timeline: [] })).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_ROWS, placeStripLabels, STRIP_WIDTH } from '../../../../renderer/features/timeline/stripLabels';

/** The extent a drawn label takes on its row, by the same width estimate the strip uses. */
function extent(label: { shown: string; x: number; anchor: string }) {
  const width = label.shown.length * 9.5;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return [left, left + width] as const;
}

describe('placeStripLabels', () => {
  it('puts labels far apart on the first row and close ones on the rows below', () => {
    const placed = placeStripLabels([
      { time: '08:00', kind: 'First signal', x: 100 },
      { time: '08:05', kind: 'Detection', x: 130 },
      { time: '14:00', kind: 'Recovery', x: 700 },
    ]);
    expect(placed.map((label) => [label.shown, label.y])).toEqual([
      ['08:00 First signal', LABEL_ROWS[0]],
      ['08:05 Detection', LABEL_ROWS[1]],
      ['14:00 Recovery', LABEL_ROWS[0]],
    ]);
  });

  it('joins a label that finds no free row to the one drawn before it, which names both', () => {
    const kinds = ['First signal', 'Detection', 'Mitigation', 'Fix deployed', 'Recovery'];
    const placed = placeStripLabels(kinds.map((kind, index) => ({ time: index < 4 ? '08:00' : '08:02', kind, x: 12 })));
    expect(placed.map((label) => label.shown)).toEqual([
      '08:00 First signal',
      '08:00 Detection',
      '08:00 Mitigation, Fix deployed · 08:02 Recovery',
      '',
      '',
    ]);
    // Every event keeps its own name, and the joined ones point at the row that names them.
    expect(placed.map((label) => label.name)).toEqual(kinds.map((kind, index) => `${index < 4 ? '08:00' : '08:02'} ${kind}`));
    expect(placed.slice(2).map((label) => label.y)).toEqual([LABEL_ROWS[2], LABEL_ROWS[2], LABEL_ROWS[2]]);
  });

  it('never draws two labels of a row over each other, nor past the strip’s edges', () => {
    const items = fc.array(
      fc.record({
        time: fc.constantFrom('08:00', '08:01', '12:30'),
        kind: fc.constantFrom('First signal', 'Detection', 'Mitigation', 'Fix deployed', 'Recovery'),
        x: fc.integer({ min: 12, max: STRIP_WIDTH - 12 }),
      }),
      { maxLength: 24 },
    );
    fc.assert(
      fc.property(items, (unsorted) => {
        const placed = placeStripLabels([...unsorted].sort((a, b) => a.x - b.x)).filter((label) => label.shown);
        for (const row of LABEL_ROWS) {
          const spans = placed.filter((label) => label.y === row).map(extent).sort((a, b) => a[0] - b[0]);
          for (let index = 1; index < spans.length; index++) expect(spans[index]![0]).toBeGreaterThan(spans[index - 1]![1]);
          for (const [left, right] of spans) expect(left >= 0 && right <= STRIP_WIDTH).toBe(true);
        }
      }),
    );
  });
});

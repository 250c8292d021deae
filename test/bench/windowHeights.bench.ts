import { bench, describe } from 'vitest';
import { OVERSCAN_PX, WindowHeights } from '../../renderer/components/windowHeights';

// Issue #16: what the window pays to take in one added row (renderer/components/windowHeights.ts),
// at growing sizes. Each iteration adds a row and takes it away again, then works out the rows to
// render, with every row measured. Printed, never asserted.
const key = (item: string) => item;

for (const size of [1_000, 10_000, 50_000]) {
  const items = Array.from({ length: size }, (_, index) => `event-${index}`);
  describe(`${size.toLocaleString('en-US')} rows, all measured`, () => {
    for (const [where, added, top] of [
      ['at the top, the view at the top', ['typed', ...items], 0],
      ['at the end, the view at the end', [...items, 'typed'], size * 41],
    ] as const) {
      const heights = new WindowHeights<string>(41);
      heights.sync(items, key, 0);
      items.forEach((_, index) => heights.setHeight(index, 40 + (index % 3)));
      bench(`add a row ${where}, and take it away`, () => {
        heights.sync(added, key, 0);
        heights.rangeAt(top, 600, OVERSCAN_PX);
        heights.sync(items, key, 0);
        heights.rangeAt(top, 600, OVERSCAN_PX);
      });
    }
  });
}

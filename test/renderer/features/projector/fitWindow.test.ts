import { describe, expect, it } from 'vitest';
import { fitWindow, withoutOne } from '../../../../renderer/features/projector/fitWindow';

describe('fitWindow', () => {
  it('keeps every entry when they all fit', () => {
    expect(fitWindow([10, 20, 30], 60, { anchor: 2 })).toEqual({ from: 0, to: 3 });
  });

  it('keeps the newest entries that fit when anchored at the last one', () => {
    expect(fitWindow([10, 20, 30, 40], 75, { anchor: 3 })).toEqual({ from: 2, to: 4 });
  });

  it('counts the gap between entries', () => {
    // 30 + 40 fits 75 alone, but not with a gap of 10 between them.
    expect(fitWindow([10, 20, 30, 40], 75, { anchor: 3, gap: 10 })).toEqual({ from: 3, to: 4 });
  });

  it('fills from the top when anchored at the first entry', () => {
    expect(fitWindow([10, 10, 10, 10, 10], 30, { anchor: 0 })).toEqual({ from: 0, to: 3 });
  });

  it('keeps the entries after the anchor it is asked for before those above it', () => {
    // The reviewed item (index 3) with the next one below it, then what fits above.
    expect(fitWindow([10, 10, 10, 30, 10, 10], 60, { anchor: 3, after: 1 })).toEqual({ from: 1, to: 5 });
  });

  it('shows nothing of an entry taller than the whole box rather than cut it', () => {
    expect(fitWindow([10, 90, 10], 50, { anchor: 1 })).toEqual({ from: 1, to: 1 });
  });

  it('keeps an anchor past the end on the last entry', () => {
    expect(fitWindow([10, 10, 10], 20, { anchor: 7 })).toEqual({ from: 1, to: 3 });
  });
});

describe('withoutOne', () => {
  it('drops an entry above the anchor first, then one below it, then the anchor', () => {
    expect(withoutOne({ from: 1, to: 5 }, 3)).toEqual({ from: 2, to: 5 });
    expect(withoutOne({ from: 3, to: 5 }, 3)).toEqual({ from: 3, to: 4 });
    expect(withoutOne({ from: 3, to: 4 }, 3)).toEqual({ from: 3, to: 3 });
  });
});

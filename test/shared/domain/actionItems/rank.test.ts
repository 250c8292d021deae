import { describe, expect, it } from 'vitest';
import {
  applyOrder,
  moveBy,
  moveItem,
  orderProblem,
  sameOrder,
} from '../../../../shared/domain/actionItems/rank';

describe('moveItem', () => {
  it('moves the first item to the end', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('moves the last item to the front', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('clamps a target beyond either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, 99)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, -5)).toEqual(['b', 'a', 'c']);
  });

  it('returns the same array when nothing moves, so callers can skip the save', () => {
    const ids = ['a', 'b'];
    expect(moveItem(ids, 1, 1)).toBe(ids);
    expect(moveItem(ids, 5, 0)).toBe(ids);
  });
});

describe('moveBy', () => {
  it('moves an item one place up or down', () => {
    expect(moveBy(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list alone at either end and for an unknown id', () => {
    const ids = ['a', 'b'];
    expect(moveBy(ids, 'a', -1)).toBe(ids);
    expect(moveBy(ids, 'b', 1)).toBe(ids);
    expect(moveBy(ids, 'x', 1)).toBe(ids);
  });
});

describe('orderProblem', () => {
  it('accepts every current item exactly once, in any order', () => {
    expect(orderProblem(['a', 'b', 'c'], ['c', 'a', 'b'])).toBeNull();
  });

  it('names an id listed twice, an unknown id and items left out', () => {
    expect(orderProblem(['a', 'b'], ['a', 'a'])).toBe('The order names item a twice.');
    expect(orderProblem(['a', 'b'], ['a', 'x'])).toBe('Item x is not one of this meeting’s action items.');
    expect(orderProblem(['a', 'b', 'c'], ['a'])).toBe(
      'The order leaves out 2 of this meeting’s 3 action items.',
    );
  });
});

describe('sameOrder', () => {
  it('compares ids place by place', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('applyOrder', () => {
  it('sorts items by the order and renumbers ranks from 0, keeping unnamed items last', () => {
    const items = [
      { id: 'a', rank: 0 },
      { id: 'b', rank: 1 },
      { id: 'c', rank: 7 },
    ];
    expect(applyOrder(items, ['b', 'a'])).toEqual([
      { id: 'b', rank: 0 },
      { id: 'a', rank: 1 },
      { id: 'c', rank: 2 },
    ]);
  });
});

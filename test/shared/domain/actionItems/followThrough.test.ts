import { describe, expect, it } from 'vitest';
import {
  followThrough,
  isOverdue,
  type TrackedItem,
} from '../../../../shared/domain/actionItems/followThrough';
import type { ActionItem } from '../../../../shared/types';

const TODAY = '2026-03-10';
let n = 0;
function tracked(overrides: Partial<ActionItem>, meetingTitle = 'Checkout outage'): TrackedItem {
  n += 1;
  return {
    meeting: { id: `m-${meetingTitle}`, title: meetingTitle, incidentId: 'INC-1' },
    item: {
      id: `item-${n}`,
      meetingId: `m-${meetingTitle}`,
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      createdBy: 'test',
      title: `Item ${n}`,
      question: null,
      type: 'corrective',
      owner: 'Payments team',
      dueDate: null,
      successMeasure: 'Measured',
      rank: n,
      status: 'open',
      trackerUrl: '',
      ...overrides,
    },
  };
}

describe('isOverdue', () => {
  it('is true for an unfinished item due before today, and false on its due day', () => {
    expect(isOverdue({ dueDate: '2026-03-09', status: 'open' }, TODAY)).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-09', status: 'in-progress' }, TODAY)).toBe(true);
    expect(isOverdue({ dueDate: TODAY, status: 'open' }, TODAY)).toBe(false);
  });

  it('is false for finished, declined and undated items', () => {
    expect(isOverdue({ dueDate: '2026-01-01', status: 'done' }, TODAY)).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'wont-do' }, TODAY)).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'open' }, TODAY)).toBe(false);
  });
});

describe('followThrough', () => {
  const late = tracked({ title: 'Late', dueDate: '2026-03-01' });
  const later = tracked(
    { title: 'Later', dueDate: '2026-04-01', owner: 'SRE team', type: 'detective' },
    'Packet drops',
  );
  const undated = tracked({ title: 'Undated' });
  const done = tracked({ title: 'Done', dueDate: '2026-02-01', status: 'done' });
  const deleted = tracked({ title: 'Deleted', deletedAt: 1 });
  const all = [undated, done, later, late, deleted];
  const titles = (entries: TrackedItem[]) => entries.map((entry) => entry.item.title);

  it('puts overdue items first, then by due date with undated last, and leaves deleted items out', () => {
    expect(titles(followThrough(all, {}, TODAY))).toEqual(['Late', 'Done', 'Later', 'Undated']);
  });

  it('filters by status, owner (any case, any part), type and overdue', () => {
    expect(titles(followThrough(all, { statuses: ['open', 'in-progress'] }, TODAY))).toEqual([
      'Late',
      'Later',
      'Undated',
    ]);
    expect(titles(followThrough(all, { owner: 'sre' }, TODAY))).toEqual(['Later']);
    expect(titles(followThrough(all, { type: 'detective' }, TODAY))).toEqual(['Later']);
    expect(titles(followThrough(all, { overdue: true }, TODAY))).toEqual(['Late']);
  });
});

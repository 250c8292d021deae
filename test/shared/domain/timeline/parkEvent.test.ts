import { describe, expect, it } from 'vitest';
import { parkedEventText, parkingStepId } from '../../../../shared/domain/timeline/parkEvent';
import type { AgendaStep } from '../../../../shared/types';

describe('parkedEventText', () => {
  it('writes the time as the meeting’s clock showed it, with the zone named, never a bare offset', () => {
    const winter = { at: Date.UTC(2026, 2, 5, 8, 31, 5), description: 'Gateway pods restarted' };
    const summer = { at: Date.UTC(2026, 6, 1, 23, 30), description: 'Failover decided' };
    expect(parkedEventText(winter, 'Europe/Berlin', '24h')).toBe('09:31:05 on 2026-03-05 (Europe/Berlin): Gateway pods restarted');
    // 01:30 the next day in Berlin's summer time: the day is the meeting's, not UTC's.
    expect(parkedEventText(summer, 'Europe/Berlin', '24h')).toBe('01:30:00 on 2026-07-02 (Europe/Berlin): Failover decided');
    expect(parkedEventText(summer, 'America/New_York', '24h')).toBe('19:30:00 on 2026-07-01 (America/New_York): Failover decided');
    expect(parkedEventText(summer, 'America/New_York', '12h')).toBe('7:30:00 PM on 2026-07-01 (America/New_York): Failover decided');
  });
});

describe('parkingStepId', () => {
  let serial = 0;
  const step = (kind: AgendaStep['kind'], position: number, deletedAt: number | null = null): AgendaStep => ({
    id: `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`,
    meetingId: '00000000-0000-4000-8000-000000000000',
    createdAt: 0,
    updatedAt: 0,
    deletedAt,
    createdBy: 'test',
    kind,
    title: kind,
    prompt: '',
    plannedSeconds: 300,
    position,
    accumulatedSeconds: 0,
    runningSince: null,
    completed: false,
    skipped: false,
  });

  it('keeps the item with the current step, else the live event-log step, else none', () => {
    const opening = step('opening', 0);
    const deletedLog = step('event-log', 1, 1);
    const eventLog = step('event-log', 2);
    const agenda = [opening, deletedLog, eventLog];
    expect(parkingStepId({ currentStepId: opening.id }, agenda)).toBe(opening.id);
    expect(parkingStepId({ currentStepId: null }, agenda)).toBe(eventLog.id);
    // A current step deleted from the agenda since is no place to keep anything.
    expect(parkingStepId({ currentStepId: deletedLog.id }, agenda)).toBe(eventLog.id);
    expect(parkingStepId({ currentStepId: null }, [opening])).toBeNull();
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Input } from '../../shared/contract';
import type { ContractError, Result } from '../../shared/contract/errors';
import type { Core } from '../../electron/core/createCore';
import { formatDay } from '../../shared/domain/actionItems/parseDueDate';

/** 2026-03-05T09:00:00Z: a fixed "now" for tests that inject the clock. */
export const T0 = Date.UTC(2026, 2, 5, 9, 0, 0);

/** A clock the test moves by hand: `testCore({ now: clock.now })`, then `clock.set(…)`. */
export function manualClock(start = T0) {
  let current = start;
  return {
    now: () => current,
    set(ms: number) {
      current = ms;
    },
    /** Moves on by `ms` and returns the new time. */
    advance(ms = 1_000) {
      current += ms;
      return current;
    },
  };
}

/** A valid `meetings.create` payload; overrides replace fields. */
export function makeMeetingInput(
  overrides: Partial<Input<'meetings.create'>> = {},
): Input<'meetings.create'> {
  return { title: 'Stale product data', incidentId: 'INC-123', severity: 'SEV-2', ...overrides };
}

/** A valid `actionItems.add` payload for `meetingId`; overrides replace fields. */
export function makeActionItemInput(
  meetingId: string,
  overrides: Partial<Input<'actionItems.add'>> = {},
): Input<'actionItems.add'> {
  return {
    meetingId,
    title: 'Alert on stale cache age above 10 minutes',
    type: 'detective',
    owner: 'Platform team',
    dueDate: '2026-04-01',
    successMeasure: 'Alert fires in the staging drill',
    ...overrides,
  };
}

/**
 * A due date `days` after the viewer's real day: the renderer nudges an open item past its due
 * date by the wall clock, so items meant to be complete on screen must be due later than today.
 */
export function dueIn(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return formatDay(day);
}

/** Calls a method that must fail and returns its error, failing the test when it succeeds. */
export async function failure(core: Core, name: string, input: unknown): Promise<ContractError> {
  const result: Result<unknown> = await core.call(name, input);
  if (result.ok)
    throw new Error(`${name} succeeded but was expected to fail: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Records every event the core sends, in order. */
export function recordEvents(core: Core) {
  const events: { event: string; payload: unknown }[] = [];
  core.onEvent((event, payload) => events.push({ event, payload }));
  return events;
}

/** The file's SHA-256, to prove a file was left byte for byte as it was. */
export function sha256(filePath: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

import { useState } from 'react';
import type { Result } from '../../../shared/contract/errors';
import { parseEventTime } from '../../../shared/domain/timeline/parseEventTime';
import { formatEventDateTime, formatZoneLabel } from '../../../shared/domain/timeline/zonedTime';
import { AutosaveField } from './AutosaveField';

interface TypedTimeFieldProps {
  label: string;
  /** The saved instant (UTC ms), or null for "not noted". */
  at: number | null;
  timeZone: string;
  /** `+20m` counts from this instant, and a bare `10:45` lands on its day. */
  previousAt: number | null;
  /** The day a bare time of day lands on when there is no `previousAt`. */
  incidentStartAt: number | null;
  /** Said after the examples, e.g. what `+20m` counts from. */
  hint?: string;
  save(at: number | null): Promise<Result<unknown>>;
}

/**
 * An instant typed as the event log types it (shared/domain/timeline/parseEventTime.ts): `10:45`,
 * `2017-01-31 18:00`, `+20m` or a pasted ISO time, read in the meeting's zone, shown back as the
 * zone's 24-hour wall clock. One field for every typed time, so none depends on the OS locale's
 * 12-hour date-time picker. Empty means not noted.
 */
export function TypedTimeField({
  label,
  at,
  timeZone,
  previousAt,
  incidentStartAt,
  hint,
  save,
}: TypedTimeFieldProps) {
  const [openedAt] = useState(() => Date.now());
  // The offset at the incident, not today's: a winter incident read in summer is still UTC+01:00.
  const zone = formatZoneLabel(timeZone, at ?? previousAt ?? incidentStartAt ?? openedAt);

  function saveText(text: string): Promise<Result<unknown>> {
    if (text.trim() === '') return save(null);
    const parsed = parseEventTime(text, { timeZone, previousAt, incidentStartAt, now: Date.now() });
    if (!parsed.ok)
      return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: parsed.message } });
    return save(parsed.at);
  }

  return (
    <AutosaveField
      label={label}
      hint={`${zone}: e.g. 10:45, 2026-03-05 10:45 or an ISO time${hint ? `, ${hint}` : ''}. Empty: not noted.`}
      value={at === null ? '' : formatEventDateTime(at, timeZone)}
      save={saveText}
    />
  );
}

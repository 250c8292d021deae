import { parseEventTime, type EventTimeContext } from '../../../shared/domain/timeline/parseEventTime';
import type { MitigationOutcome } from '../../../shared/domain/vocabulary';
import type { CaptureDraft } from './timelineSlice';

export const OUTCOME_LABELS: Record<MitigationOutcome, string> = {
  helped: 'Helped',
  'no-effect': 'No effect',
  'moved-symptom': 'Moved the symptom',
};

/** The problem with each field of an event row that cannot be saved as typed. */
export interface EventFieldErrors {
  time?: string;
  description?: string;
}

/** What a filled-in event row becomes: the fields to save, or the problem with each field. */
export type EventFormResult =
  | {
      ok: true;
      fields: Pick<CaptureDraft, 'kind' | 'outcome' | 'description' | 'actor' | 'evidence'> & { at: number };
    }
  | { ok: false; errors: EventFieldErrors };

/**
 * Checks a row before anything is sent: the time is read in the meeting's zone and the
 * description must say something. Only a mitigation attempt keeps an outcome, so a kind changed
 * afterwards does not leave a stale "no effect" that would raise a red flag.
 */
export function readEventForm(draft: CaptureDraft, context: EventTimeContext): EventFormResult {
  const time = parseEventTime(draft.time, context);
  const description = draft.description.trim();
  const errors: EventFieldErrors = {};
  if (!time.ok) errors.time = time.message;
  if (description === '') errors.description = 'Say what happened.';
  if (!time.ok || description === '') return { ok: false, errors };
  return {
    ok: true,
    fields: {
      at: time.at,
      kind: draft.kind,
      outcome: draft.kind === 'mitigation-attempt' ? draft.outcome : null,
      description,
      actor: draft.actor.trim(),
      evidence: draft.evidence.trim(),
    },
  };
}

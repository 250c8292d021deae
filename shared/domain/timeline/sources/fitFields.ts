import { records } from '../../../contract/records';
import { normalizeText } from '../../../contract/text';
import type { Candidate } from './types';

const FIELDS = records.TimelineEvent.shape;

/**
 * The most characters an event's text fields take, read from the record's schema so the limits
 * are declared once (shared/contract/records.ts): the core writes every imported row through it.
 */
export const FIELD_LIMITS = {
  description: FIELDS.description.maxLength ?? Infinity,
  actor: FIELDS.actor.maxLength ?? Infinity,
  evidence: FIELDS.evidence.maxLength ?? Infinity,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** `text` cut at `max` characters, never between the two halves of an emoji. */
function cut(text: string, max: number): string {
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * A tool's row as the event log keeps it: its text normalised as every write is, a description or
 * actor over its limit cut there and a link over its limit dropped, each said in the row's notes.
 * A chat message or an alert's link has no limit of its own, and refusing the row would refuse
 * the export; storing it whole would make the meeting's bundle unwritable.
 */
export function fitFields(candidate: Candidate): Candidate {
  const notes: string[] = [];
  const description = normalizeText(candidate.description);
  const actor = normalizeText(candidate.actor);
  const evidence = normalizeText(candidate.evidence);
  const fitted = { description, actor, evidence };
  if (description.length > FIELD_LIMITS.description) {
    fitted.description = cut(description, FIELD_LIMITS.description);
    notes.push(`text cut at ${count(FIELD_LIMITS.description)} characters`);
  }
  if (actor.length > FIELD_LIMITS.actor) {
    fitted.actor = cut(actor, FIELD_LIMITS.actor);
    notes.push(`actor cut at ${count(FIELD_LIMITS.actor)} characters`);
  }
  if (evidence.length > FIELD_LIMITS.evidence) {
    fitted.evidence = '';
    notes.push(`link left out (longer than ${count(FIELD_LIMITS.evidence)} characters)`);
  }
  return notes.length === 0 ? { ...candidate, ...fitted } : { ...candidate, ...fitted, notes };
}

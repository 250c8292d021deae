import type { Candidate, SourceReading } from './types';

/** `3 messages`, `1 log entry`, `2 log entries`. */
export function countOf(count: number, unit: string): string {
  if (count === 1) return `1 ${unit}`;
  return `${count.toLocaleString('en-US')} ${unit.endsWith('y') ? `${unit.slice(0, -1)}ies` : `${unit}s`}`;
}

type Counted = Pick<SourceReading, 'label' | 'total' | 'unit'>;

/**
 * What was read and what it gives, as the preview and the CLI both say it:
 * `Slack channel export, 214 messages → 38 events`; of several sources, each as it was read:
 * `Slack channel export, 214 messages + PagerDuty incident log, 9 log entries → 40 events`.
 */
export function readingSummary(reading: Counted & { parts?: readonly Counted[] }, events: number): string {
  const parts = reading.parts !== undefined && reading.parts.length > 1 ? reading.parts : [reading];
  return `${parts.map((part) => `${part.label}, ${countOf(part.total, part.unit)}`).join(' + ')} → ${countOf(events, 'event')}`;
}

/** How many rows' changes `fittedSummary` names; the rest are counted. */
const NAMED_FITS = 3;

/**
 * What the reader changed to fit rows to the event log's limits (fitFields.ts), for the preview's
 * summary: `message 4: text cut at 5,000 characters`, the first few named, '' when nothing was.
 */
export function fittedSummary(
  candidates: readonly Pick<Candidate, 'line' | 'notes'>[],
  unit: string,
): string {
  const fitted = candidates.filter((candidate) => (candidate.notes ?? []).length > 0);
  const named = fitted
    .slice(0, NAMED_FITS)
    .map((candidate) => `${unit} ${candidate.line}: ${(candidate.notes ?? []).join(', ')}`);
  const more = fitted.length - named.length;
  return [...named, ...(more > 0 ? [`${countOf(more, `other ${unit}`)} shortened`] : [])].join('; ');
}

import type { SourceReading } from './types';

/** `3 messages`, `1 log entry`, `2 log entries`. */
export function countOf(count: number, unit: string): string {
  if (count === 1) return `1 ${unit}`;
  return `${count.toLocaleString('en-US')} ${unit.endsWith('y') ? `${unit.slice(0, -1)}ies` : `${unit}s`}`;
}

/**
 * What was read and what it gives, as the preview and the CLI both say it:
 * `Slack channel export, 214 messages → 38 events`.
 */
export function readingSummary(reading: Pick<SourceReading, 'label' | 'total' | 'unit'>, events: number): string {
  return `${reading.label}, ${countOf(reading.total, reading.unit)} → ${countOf(events, 'event')}`;
}

import type { EventKind } from '../../vocabulary';
import type { ImportRow } from '../importFields';
import type { RepeatedChoices } from './settleTimes';
import type { Candidate } from './types';

/** What the person decided in the preview; every field optional, so the CLI can take the defaults. */
export interface ImportChoices {
  /** Each person the source names → the role or team written as the actor. Unmapped: no actor. */
  people?: Record<string, string>;
  /** A new kind per row (by `line`), as the bulk change sets it. */
  kinds?: Record<string, EventKind>;
  /** Rows kept although the defaults leave them out (chatter, a filter, a same-second twin). */
  include?: number[];
  /** Rows left out although the defaults keep them. */
  exclude?: number[];
  /** Keep only rows whose text holds one of these words (comma-separated), unless included by hand. */
  keyword?: string;
  /** Keep only rows with a reaction or a pin, unless included by hand. */
  markedOnly?: boolean;
  /** Which reading of a repeated (DST fall-back) wall time a row takes, by line; read by `readImport`. */
  times?: RepeatedChoices;
}

/** Why a row is or is not imported, for the preview to show. */
export type RowStatus =
  | { kind: 'import' }
  | { kind: 'excluded' }
  | { kind: 'chatter' }
  | { kind: 'filtered' }
  /** The same time and text is already in the log (or earlier in this import): never added twice. */
  | { kind: 'duplicate'; of: string }
  /** Another event at the same second is already in the log: likely the same fact from another source. */
  | { kind: 'same-second'; of: string };

export interface PlannedRow {
  candidate: Candidate;
  /** The event as it would be written: the chosen kind, the actor from the mapping. */
  row: ImportRow;
  status: RowStatus;
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** What Import writes, in order. Its length is the number the Import button says. */
  toImport: ImportRow[];
  /** The people the source names, in order of first appearance, for the mapping. */
  people: string[];
}

const keyOf = (at: number, description: string) => `${at}\u0000${description.trim()}`;

function keywordsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * The rows an import writes, given the person's choices and the events already in the log.
 * Left out by default: chatter, rows a filter drops, and rows with an event already at the same
 * second (the alert seen in Slack and in PagerDuty); each can be kept by hand. Rows with the same
 * time and text as one already there are never written twice. An actor comes only from the
 * source's team or the mapping: an unmapped person's name is never written.
 */
export function planImport(
  candidates: readonly Candidate[],
  choices: ImportChoices,
  existing: readonly { at: number; description: string }[],
): ImportPlan {
  const exact = new Map(existing.map((event) => [keyOf(event.at, event.description), event.description]));
  const bySecond = new Map(existing.map((event) => [event.at, event.description]));
  const include = new Set(choices.include ?? []);
  const exclude = new Set(choices.exclude ?? []);
  const keywords = keywordsOf(choices.keyword);
  const people: string[] = [];
  const rows: PlannedRow[] = [];
  for (const candidate of candidates) {
    if (candidate.person !== null && !people.includes(candidate.person)) people.push(candidate.person);
    const mapped = candidate.person === null ? '' : (choices.people?.[candidate.person] ?? '').trim();
    const kind = choices.kinds?.[String(candidate.line)] ?? candidate.kind;
    const row: ImportRow = {
      line: candidate.line,
      at: candidate.at,
      kind,
      outcome: kind === 'mitigation-attempt' ? candidate.outcome : null,
      description: candidate.description,
      actor: mapped || candidate.actor,
      evidence: candidate.evidence,
    };
    const key = keyOf(row.at, row.description);
    const twin = exact.get(key);
    const sameSecond = bySecond.get(row.at);
    const text = row.description.toLowerCase();
    const status: RowStatus =
      twin !== undefined
        ? { kind: 'duplicate', of: twin }
        : exclude.has(candidate.line)
          ? { kind: 'excluded' }
          : include.has(candidate.line)
            ? { kind: 'import' }
            : sameSecond !== undefined
              ? { kind: 'same-second', of: sameSecond }
              : candidate.chatter
                ? { kind: 'chatter' }
                : (keywords.length > 0 && !keywords.some((word) => text.includes(word))) ||
                    (choices.markedOnly === true && !candidate.marked)
                  ? { kind: 'filtered' }
                  : { kind: 'import' };
    if (status.kind === 'import') {
      exact.set(key, row.description);
    }
    rows.push({ candidate, row, status });
  }
  return { rows, toImport: rows.filter((planned) => planned.status.kind === 'import').map((planned) => planned.row), people };
}

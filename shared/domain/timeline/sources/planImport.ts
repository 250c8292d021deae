import type { z } from 'zod';
import type { ImportChoicesInput } from '../../../contract/timelineImport';
import type { ImportRow } from '../importFields';
import type { RepeatedNote } from '../timeOfDay';
import { needsChoice } from './settleTimes';
import { twinGroups } from './twins';
import type { Candidate } from './types';

/** What the person decided in the preview, as the contract checks it; every field optional, so the CLI can take the defaults. */
export type ImportChoices = z.infer<typeof ImportChoicesInput>;

/** Why a row is or is not imported, for the preview to show. */
export type RowStatus =
  | { kind: 'import' }
  | { kind: 'excluded' }
  | { kind: 'chatter' }
  | { kind: 'filtered' }
  /** The same time and text is already in the log (or earlier in this import): never added twice. */
  | { kind: 'duplicate'; of: string }
  /** Another event at the same second is already in the log: likely the same fact from another source. */
  | { kind: 'same-second'; of: string }
  /** Another source of this import tells the same fact (twins.ts), and that row is the one kept. */
  | { kind: 'twin'; of: Candidate };

export interface PlannedRow {
  candidate: Candidate;
  /** The event as it would be written: the chosen kind, the actor from the mapping. */
  row: ImportRow;
  status: RowStatus;
  /** The first row of the rows of other sources telling the same fact, when there are any (twins.ts). */
  twinGroup: number | null;
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
 * Left out by default: chatter, rows a filter drops, rows with an event already at the same
 * second (the alert seen in Slack and in PagerDuty), and, of the rows of several sources telling
 * the same fact, all but the first one imported (the earliest, unless left out); each can be
 * kept by hand, and leaving out the kept row keeps the next. Rows with the same
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
  const groups = twinGroups(candidates);
  const kept = new Map<number, Candidate>();
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
    const planned: RowStatus =
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
    const twinGroup = groups.get(candidate.line) ?? null;
    const keptTwin = twinGroup === null ? undefined : kept.get(twinGroup);
    const status: RowStatus =
      planned.kind === 'import' && keptTwin !== undefined && !include.has(candidate.line)
        ? { kind: 'twin', of: keptTwin }
        : planned;
    if (status.kind === 'import') {
      exact.set(key, row.description);
      if (twinGroup !== null && keptTwin === undefined) kept.set(twinGroup, candidate);
    }
    rows.push({ candidate, row, status, twinGroup });
  }
  return { rows, toImport: rows.filter((planned) => planned.status.kind === 'import').map((planned) => planned.row), people };
}

/** A row to import whose repeated (fall-back) time nothing placed. */
export type UnplacedRow = PlannedRow & { candidate: { time: RepeatedNote } };

/** The rows to import whose repeated (fall-back) time nothing placed: an import waits for their picks. */
export function unplacedTimes(plan: ImportPlan): UnplacedRow[] {
  return plan.rows.filter(
    (planned): planned is UnplacedRow =>
      planned.status.kind === 'import' && needsChoice(planned.candidate.time),
  );
}

/**
 * The choices that keep `chosen` of its twins instead of the row kept now: the other rows
 * telling the same fact are left out by hand, `chosen` is no longer.
 */
export function keepInstead(plan: ImportPlan, chosen: PlannedRow): { include: number[]; exclude: number[] } {
  const others = plan.rows
    .filter((planned) => planned.twinGroup !== null && planned.twinGroup === chosen.twinGroup && planned !== chosen)
    .map((planned) => planned.candidate.line);
  return { include: [chosen.candidate.line], exclude: others };
}

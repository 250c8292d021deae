import type { ImportChoices } from '../../../shared/domain/timeline/sources/planImport';
import { rowKey } from '../../../shared/domain/timeline/sources/readSources';
import type { Candidate } from '../../../shared/domain/timeline/sources/types';
import type { EventKind } from '../../../shared/domain/vocabulary';

/**
 * What the person set on rows of the preview, each under the row's key in its own source
 * (`rowKey`), not its number in the merged reading: picking a repeated time can move a row in
 * the merged order and renumber the rows around it, and a row left out must stay the one left out.
 */
export interface RowPicks {
  kinds: Readonly<Record<string, EventKind>>;
  include: ReadonlySet<string>;
  exclude: ReadonlySet<string>;
}

/** The picks as the import's choices name rows: by their number in the reading as it stands. */
export function choicesOfPicks(
  candidates: readonly Candidate[],
  picks: RowPicks,
): Required<Pick<ImportChoices, 'kinds' | 'include' | 'exclude'>> {
  const kinds: Record<string, EventKind> = {};
  const include: number[] = [];
  const exclude: number[] = [];
  for (const candidate of candidates) {
    const key = rowKey(candidate);
    const kind = picks.kinds[key];
    if (kind !== undefined) kinds[String(candidate.line)] = kind;
    if (picks.include.has(key)) include.push(candidate.line);
    if (picks.exclude.has(key)) exclude.push(candidate.line);
  }
  return { kinds, include, exclude };
}

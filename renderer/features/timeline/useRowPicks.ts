import { useMemo, useState } from 'react';
import {
  keepInstead,
  type ImportPlan,
  type PlannedRow,
} from '../../../shared/domain/timeline/sources/planImport';
import { rowKey } from '../../../shared/domain/timeline/sources/readSources';
import type { EventKind } from '../../../shared/domain/vocabulary';
import type { RowPicks } from './rowPicks';

export type RowPicking = ReturnType<typeof useRowPicks>;

const toggled = (set: ReadonlySet<string>, keys: readonly string[], on: boolean) => {
  const next = new Set(set);
  for (const key of keys) {
    if (on) next.add(key);
    else next.delete(key);
  }
  return next;
};

/**
 * What the person sets on single rows of the import's preview (rowPicks.ts) and the readings of
 * repeated times they pick, with the preview's ways of setting them.
 */
export function useRowPicks() {
  const [kinds, setKinds] = useState<Record<string, EventKind>>({});
  const [include, setInclude] = useState<ReadonlySet<string>>(new Set());
  const [exclude, setExclude] = useState<ReadonlySet<string>>(new Set());
  const [times, setTimes] = useState<Record<string, 'earlier' | 'later'>>({});
  const picks = useMemo((): RowPicks => ({ kinds, include, exclude }), [kinds, include, exclude]);

  return {
    picks,
    times,
    /** Forgets every pick. */
    startOver() {
      setKinds({});
      setInclude(new Set());
      setExclude(new Set());
      setTimes({});
    },
    toggle({ candidate, status }: PlannedRow) {
      const on = status.kind !== 'import';
      setInclude((set) => toggled(set, [rowKey(candidate)], on));
      setExclude((set) => toggled(set, [rowKey(candidate)], !on));
    },
    keepInstead(plan: ImportPlan, planned: PlannedRow) {
      const keyOfLine = new Map(plan.rows.map(({ candidate }) => [candidate.line, rowKey(candidate)]));
      const keysOf = (lines: number[]) => lines.map((line) => keyOfLine.get(line)!);
      const { include: kept, exclude: others } = keepInstead(plan, planned);
      setInclude((set) => toggled(toggled(set, keysOf(others), false), keysOf(kept), true));
      setExclude((set) => toggled(toggled(set, keysOf(kept), false), keysOf(others), true));
    },
    /** Every row of kind `from` becomes `to`. */
    changeKinds(plan: ImportPlan, from: EventKind, to: EventKind) {
      const keys = plan.rows
        .filter((planned) => planned.row.kind === from)
        .map((planned) => rowKey(planned.candidate));
      setKinds((current) => ({ ...current, ...Object.fromEntries(keys.map((key) => [key, to])) }));
    },
    setKind(planned: PlannedRow, kind: EventKind) {
      setKinds((current) => ({ ...current, [rowKey(planned.candidate)]: kind }));
    },
    setTime(planned: PlannedRow, picked: 'earlier' | 'later') {
      setTimes((current) => ({ ...current, [rowKey(planned.candidate)]: picked }));
    },
  };
}

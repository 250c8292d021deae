import { z } from 'zod';
import { method } from './define';
import { recordId } from './crud';
import { bundleText } from './bundleText';
import type { MergeEntry } from '../domain/bundle/merge';

/** What merging a bundle into a meeting does (or would do): see shared/domain/bundle/merge.ts. */
export interface MergeSummary {
  added: MergeEntry[];
  changed: MergeEntry[];
  deleted: MergeEntry[];
  /** Records both sides changed where this meeting's (later) version is kept. */
  conflicts: MergeEntry[];
  unchanged: number;
}

const records = (entries: readonly unknown[], one: string, many = `${one}s`) =>
  `${entries.length} ${entries.length === 1 ? one : many}`;

/** A merge's numbers in the words a facilitator checks before saying yes (app and CLI alike). */
export function mergeSummaryLines(summary: MergeSummary): string[] {
  return [
    `${records(summary.added, 'record')} added`,
    `${records(summary.changed, 'record')} changed to the note-taker’s later version`,
    `${records(summary.deleted, 'record')} deleted`,
    `${records(summary.conflicts, 'conflict')}: this meeting’s later version is kept`,
    `${summary.unchanged} unchanged`,
  ];
}

const MergeBundleInput = z.object({
  meetingId: recordId,
  /** The note-taker's bundle, as read from the file the person chose. */
  content: bundleText,
  /** Shown in messages only. */
  fileName: z.string().max(1_000).optional(),
});

/** Merging a note-taker's offline bundle into the open meeting (issue #5, DESIGN.md §3). */
export const mergeMethods = {
  /** What the merge would add, change, delete and decide, with nothing written. */
  'bundle.planMerge': method(MergeBundleInput).returns<MergeSummary>(),
  /** Applies the merge in one transaction and answers what it did. */
  'bundle.merge': method(MergeBundleInput).returns<MergeSummary>(),
} as const;

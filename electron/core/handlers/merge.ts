import { planMerge, type MergeEntry, type MergePlan } from '../../../shared/domain/bundle/merge';
import type { MergeSummary } from '../../../shared/contract/merge';
import type { MeetingRecords } from '../../../shared/types';
import { readBundle } from '../bundles';
import type { Store } from '../repos/store';
import { HandlerError, type HandlerContext, type Handlers } from './context';
import { reloadChange } from './changes';
import { liveMeeting } from './meetings';

type MergeHandlers = Pick<Handlers, 'bundle.planMerge' | 'bundle.merge'>;

type Input = { meetingId: string; content: string; fileName?: string };

function plan(context: HandlerContext, input: Input): MergePlan {
  const theirs = readBundle(input.content, input.fileName ?? 'The bundle');
  // Deleted records included: a deletion made here must not be undone by an older copy.
  const ours = context.store().loadMeetingRecords(liveMeeting(context, input.meetingId), true);
  const outcome = planMerge(ours, theirs);
  if (!outcome.ok) throw new HandlerError('conflict', outcome.message);
  return outcome.plan;
}

function summary({ added, changed, deleted, conflicts, unchanged }: MergePlan): MergeSummary {
  return { added, changed, deleted, conflicts, unchanged };
}

/** The merged version of one record, found by the kind and id the plan names. */
function recordOf(merged: MeetingRecords, entry: MergeEntry): { id: string } {
  const value = merged[entry.kind];
  const found = Array.isArray(value) ? value.find((record) => record.id === entry.id) : value;
  if (!found) throw new Error(`merge plan names a missing ${entry.kind} ${entry.id}`);
  return found;
}

function apply(store: Store, merge: MergePlan): void {
  const table = (kind: MergeEntry['kind']) =>
    store.tables[kind === 'meeting' ? 'meetings' : kind] as unknown as {
      insert(record: unknown): unknown;
      update(id: string, patch: unknown): unknown;
    };
  for (const entry of merge.added) table(entry.kind).insert(recordOf(merge.merged, entry));
  for (const entry of [...merge.changed, ...merge.deleted])
    table(entry.kind).update(entry.id, recordOf(merge.merged, entry));
}

export const mergeHandlers: MergeHandlers = {
  'bundle.planMerge': (input, context) => summary(plan(context, input)),

  'bundle.merge': (input, context) => {
    const store = context.store();
    const merge = store.transaction(() => {
      const planned = plan(context, input);
      try {
        apply(store, planned);
      } catch (error) {
        if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
          throw new HandlerError(
            'conflict',
            'Records of this bundle belong to another meeting; nothing was merged.',
          );
        }
        throw error;
      }
      return planned;
    });
    const written = merge.added.length + merge.changed.length + merge.deleted.length;
    if (written > 0) context.emit('meetingChanged', reloadChange(input.meetingId));
    return summary(merge);
  },
};

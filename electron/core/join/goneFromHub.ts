import { LIST_KINDS, SINGLE_KINDS, type RecordKind } from '../../../shared/contract/recordKinds';
import type { MeetingRecords } from '../../../shared/types';
import type { ChangeRecorder } from '../handlers/changes';
import type { ChildRecord, Store } from '../repos/store';

/** Every live record id of the hub's answer to `meetings.get`, whatever its kind. */
export function liveIdsOf(records: MeetingRecords): Set<string> {
  const ids = new Set<string>();
  for (const kind of LIST_KINDS) for (const record of records[kind]) ids.add(record.id);
  for (const kind of SINGLE_KINDS) {
    const record = records[kind];
    if (record) ids.add(record.id);
  }
  return ids;
}

/**
 * Removes from the copy of `meetingId` the live records the hub no longer has: deleted on the
 * hub while this app was offline, so their `remove` event never came. The hub's `meetings.get`
 * lists every live record of the meeting, so whatever the copy holds besides is gone there,
 * except what `keep` names (this app's own captures the hub has not confirmed yet, and records
 * an event brought while the answer travelled). A removal is a new revision of the record, so
 * the hub's later restore of it (a higher revision still) brings it back. Call inside the
 * transaction that applies the answer.
 */
export function removeGoneFromHub(
  store: Store,
  change: ChangeRecorder,
  meetingId: string,
  hubLive: ReadonlySet<string>,
  keep: ReadonlySet<string>,
  now: number,
): void {
  const kinds: readonly RecordKind[] = [...LIST_KINDS, ...SINGLE_KINDS];
  for (const kind of kinds) {
    const table = store.child(kind);
    for (const stored of table.listWhere('meetingId', meetingId, false)) {
      if (!hubLive.has(stored.id) && !keep.has(stored.id)) removeFromCopy(store, change, kind, stored, now);
    }
  }
}

/**
 * Removes one record from the copy as a new revision of it (so the hub's later version, a
 * higher revision still, wins), told to the windows through `change`.
 */
export function removeFromCopy(
  store: Store,
  change: ChangeRecorder,
  kind: RecordKind,
  stored: ChildRecord,
  now: number,
): void {
  const removed = store.child(kind).save(stored, { deletedAt: now, updatedAt: stored.updatedAt + 1 });
  change.record(kind, removed as never, stored as never);
}

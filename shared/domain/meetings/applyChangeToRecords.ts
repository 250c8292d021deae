import type { MeetingChange, RecordChange } from '../../contract/changes';
import { compareRecords, specOf, type RecordKind } from '../../contract/recordKinds';
import type { Meeting, MeetingRecords } from '../../types';

interface Stamped {
  id: string;
  updatedAt: number;
  deletedAt: number | null;
}

/** An older save must not undo a newer one: the same write can arrive twice (answer and event). */
const isOlder = (incoming: Stamped, shown: Stamped | null | undefined) =>
  shown !== null && shown !== undefined && incoming.updatedAt < shown.updatedAt;

function applyToList(list: Stamped[], changes: Stamped[], kind: RecordKind): Stamped[] {
  const byId = new Map(list.map((record) => [record.id, record]));
  for (const record of changes) {
    if (isOlder(record, byId.get(record.id))) continue;
    // A loaded meeting holds live records only (`meetings.get`); a removed one leaves the list.
    if (record.deletedAt !== null) byId.delete(record.id);
    else byId.set(record.id, record);
  }
  // Sorting by the declared order also applies a reorder: its moved records carry their new place.
  return [...byId.values()].sort(compareRecords(kind));
}

/**
 * A loaded meeting (live records, as `meetings.get` answers) with one committed change applied:
 * each saved record replaces the shown one by id, unless the shown one is newer; removed records
 * leave their list. A change with `reload` carries no records: the caller loads the meeting again.
 * Changes of other meetings are ignored.
 */
export function applyChangeToRecords(records: MeetingRecords, change: MeetingChange): MeetingRecords {
  if (change.meetingId !== records.meeting.id || change.reload) return records;
  const next: Record<string, unknown> = { ...records };
  // A write to a record touches its meeting: the new `updatedAt` comes with the library row's change.
  const touched = change.summary.fields;
  if (touched.updatedAt !== undefined && touched.updatedAt >= records.meeting.updatedAt) {
    next.meeting = { ...records.meeting, ...touched };
  }
  const byKind = new Map<RecordKind, Stamped[]>();
  for (const entry of change.records as RecordChange[]) {
    if (entry.kind === 'meeting') {
      if (!isOlder(entry.record, next.meeting as Meeting)) next.meeting = entry.record;
      continue;
    }
    byKind.set(entry.kind, [...(byKind.get(entry.kind) ?? []), entry.record as Stamped]);
  }
  for (const [kind, saved] of byKind) {
    if (specOf(kind).cardinality === 'list') {
      next[kind] = applyToList(records[kind as keyof MeetingRecords] as Stamped[], saved, kind);
      continue;
    }
    const latest = saved[saved.length - 1]!;
    const shown = records[kind as keyof MeetingRecords] as Stamped | null;
    if (!isOlder(latest, shown)) next[kind] = latest.deletedAt === null ? latest : null;
  }
  return next as MeetingRecords;
}

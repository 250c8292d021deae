import {
  LIST_KINDS,
  SINGLE_KINDS,
  type ListKind,
  type RecordKind,
  type RecordOf,
  type SingleKind,
} from '../../contract/recordKinds';
import type { MeetingLists, MeetingRecords, MeetingSingles } from '../../types';

const alive = (record: { deletedAt: number | null }) => record.deletedAt === null;

/**
 * Writes `value` as the records of `kind`. Typed over `K` alone, so the compiler checks that the
 * value is of that kind (writing into the whole `MeetingRecords` by a generic key is not checked).
 */
function put<K extends RecordKind, V>(target: { [P in K]: V }, kind: K, value: V): void {
  target[kind] = value;
}

/**
 * Records still alive: deleted ones are kept for merging and undo, never reported. Every kind the
 * declaration lists is filtered, so a new kind cannot be reported with its deleted records.
 */
export function liveRecords(records: MeetingRecords): MeetingRecords {
  const [lists, singles]: [MeetingLists, MeetingSingles] = [records, records];
  const live = { ...records };
  // One copy, seen through each part's type, so each write is checked against its kind.
  const [liveLists, liveSingles]: [MeetingLists, MeetingSingles] = [live, live];
  const liveList = <K extends ListKind>(kind: K) => {
    const list: RecordOf<K>[] = lists[kind];
    put<K, RecordOf<K>[]>(liveLists, kind, list.filter(alive));
  };
  const liveSingle = <K extends SingleKind>(kind: K) => {
    const record: RecordOf<K> | null = singles[kind];
    put<K, RecordOf<K> | null>(liveSingles, kind, record && alive(record) ? record : null);
  };
  LIST_KINDS.forEach(liveList);
  SINGLE_KINDS.forEach(liveSingle);
  return live;
}

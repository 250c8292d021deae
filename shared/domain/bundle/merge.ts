import { MEETING_RECORD_LISTS, type MeetingRecordList, type MeetingRecords } from '../../types';
import { mergeMeeting } from './mergeMeeting';

/** Every kind of record a merge can touch. */
export type MergeRecordKind = 'meeting' | 'impact' | 'rootCause' | MeetingRecordList;

/** One record the merge adds, changes or decides between. */
export interface MergeEntry {
  kind: MergeRecordKind;
  id: string;
}

/**
 * What merging a bundle into a meeting would do, before anything is written (issue #5 point 5).
 * `conflicts` are records both sides hold in different versions where ours is kept (ours is
 * newer, or both changed at the same millisecond): the note-taker's edit is not applied.
 */
export interface MergePlan {
  merged: MeetingRecords;
  added: MergeEntry[];
  changed: MergeEntry[];
  /** Records the bundle deletes (a later change on their side that marked it deleted). */
  deleted: MergeEntry[];
  conflicts: MergeEntry[];
  unchanged: number;
}

export type MergeOutcome = { ok: true; plan: MergePlan } | { ok: false; message: string };

type AnyRecord = { id: string; updatedAt: number; deletedAt: number | null };

/** Fields that say where a record was made and when it was last written, not what it says. */
const BOOKKEEPING_FIELDS = new Set(['id', 'createdAt', 'createdBy', 'updatedAt']);

/** Same content, whoever created it: two laptops can create the same one-per-meeting record. */
function sameContent(a: AnyRecord, b: AnyRecord): boolean {
  const content = (record: AnyRecord) =>
    JSON.stringify(Object.entries(record).filter(([key]) => !BOOKKEEPING_FIELDS.has(key)));
  return content(a) === content(b);
}

/**
 * A step's timer fields, which only the facilitator's console changes while the meeting runs. A
 * note-taker's copy may hold a later edit of the step (its title) but a stale timer: the later
 * edit wins, the timer is never rolled back (the meeting's walk: mergeMeeting.ts).
 */
const LIVE_STATE_FIELDS: Partial<Record<MergeRecordKind, readonly string[]>> = {
  agenda: ['accumulatedSeconds', 'runningSince', 'completed'],
};

function liveStateOf(kind: MergeRecordKind, record: AnyRecord): Record<string, unknown> {
  const fields = LIVE_STATE_FIELDS[kind] ?? [];
  return Object.fromEntries(fields.map((field) => [field, (record as Record<string, unknown>)[field]]));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Decides one record present on both sides: the later `updatedAt` wins (DESIGN.md §3); a record
 * one side deleted later carries its deletion. When ids differ (one-per-meeting records such as
 * the impact, created on two laptops), ours keeps its id so nothing is duplicated.
 */
function decide<T extends AnyRecord>(kind: MergeRecordKind, ours: T, theirs: T, plan: MergePlan): T {
  // Their copy as it could be taken: our timers are never rolled back, so they are no difference.
  const taken = { ...theirs, ...liveStateOf(kind, ours) };
  if (sameContent(ours, taken)) {
    plan.unchanged += 1;
    return ours;
  }
  if (theirs.updatedAt > ours.updatedAt) {
    const entry = { kind, id: ours.id };
    if (theirs.deletedAt !== null && ours.deletedAt === null) plan.deleted.push(entry);
    else plan.changed.push(entry);
    return { ...taken, id: ours.id, createdAt: (ours as T & { createdAt: number }).createdAt };
  }
  plan.conflicts.push({ kind, id: ours.id });
  return ours;
}

/** The key that makes a record unique in its meeting besides its id (SQLite UNIQUE constraints). */
function slotOf(kind: MergeRecordKind, record: AnyRecord): string | null {
  if (kind === 'questions') return (record as AnyRecord & { question: string }).question;
  if (kind === 'importPeople') return (record as AnyRecord & { person: string }).person;
  return null;
}

function mergeList<T extends AnyRecord>(kind: MergeRecordKind, ours: T[], theirs: T[], plan: MergePlan): T[] {
  const result = new Map(ours.map((record) => [record.id, record]));
  const bySlot = new Map(
    ours.flatMap((record) => {
      const slot = slotOf(kind, record);
      return slot === null ? [] : [[slot, record] as const];
    }),
  );
  for (const incoming of [...theirs].sort(byId)) {
    const slot = slotOf(kind, incoming);
    const existing = result.get(incoming.id) ?? (slot === null ? undefined : bySlot.get(slot));
    if (existing) {
      result.set(existing.id, decide(kind, result.get(existing.id)!, incoming, plan));
    } else {
      result.set(incoming.id, incoming);
      plan.added.push({ kind, id: incoming.id });
    }
  }
  return [...result.values()].sort(byId);
}

function mergeSingle<T extends AnyRecord>(
  kind: MergeRecordKind,
  ours: T | null,
  theirs: T | null,
  plan: MergePlan,
): T | null {
  if (theirs === null) return ours;
  if (ours === null) {
    plan.added.push({ kind, id: theirs.id });
    return theirs;
  }
  return decide(kind, ours, theirs, plan);
}

/**
 * Plans merging a note-taker's bundle into the facilitator's copy of the same meeting: records
 * matched by id, the later change wins, deletions travel, nothing is duplicated, and merging the
 * same bundle twice changes nothing. `ours` must include deleted records, so a deletion made
 * here is not undone by an older copy from the bundle. A bundle of another meeting is refused.
 */
export function planMerge(ours: MeetingRecords, theirs: MeetingRecords): MergeOutcome {
  if (ours.meeting.id !== theirs.meeting.id) {
    const name = [theirs.meeting.incidentId, `“${theirs.meeting.title}”`].filter(Boolean).join(' ');
    return {
      ok: false,
      message: `This bundle holds another meeting (${name}), so it cannot be merged into “${ours.meeting.title}”. Import it as a meeting of its own instead.`,
    };
  }
  const plan: MergePlan = {
    merged: ours,
    added: [],
    changed: [],
    deleted: [],
    conflicts: [],
    unchanged: 0,
  };
  const { meeting, verdict } = mergeMeeting(ours.meeting, theirs.meeting);
  const entry = { kind: 'meeting' as const, id: ours.meeting.id };
  if (verdict === 'unchanged') plan.unchanged += 1;
  else plan[verdict === 'conflict' ? 'conflicts' : verdict].push(entry);
  const merged = {
    meeting,
    impact: mergeSingle('impact', ours.impact, theirs.impact, plan),
    rootCause: mergeSingle('rootCause', ours.rootCause, theirs.rootCause, plan),
  } as MeetingRecords;
  for (const kind of MEETING_RECORD_LISTS) {
    (merged as unknown as Record<string, AnyRecord[]>)[kind] = mergeList(
      kind,
      ours[kind] as AnyRecord[],
      theirs[kind] as AnyRecord[],
      plan,
    );
  }
  plan.merged = merged;
  return { ok: true, plan };
}

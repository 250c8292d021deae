import type { MeetingChange, RecordChange } from '../../../shared/contract/changes';
import type { OrderedKind, RecordKind, RecordOf } from '../../../shared/contract/recordKinds';
import { formatDay } from '../../../shared/domain/actionItems/parseDueDate';
import { addCountsOf, noCounts } from '../../../shared/domain/meetings/summaryCounts';
import type { Meeting } from '../../../shared/types';
import type { Store } from '../repos/store';
import { HandlerError } from './context';

/**
 * What one write changed, collected while its transaction runs and sent as `meetingChanged`
 * once it has committed (shared/contract/changes.ts).
 */
export interface ChangeRecorder {
  /**
   * Marks the live meeting `meetingId` changed at `now` (the library sorts by it), in the same
   * statement that checks it is live: a `not-found` error (saying `notLive`) when it is not.
   */
  touch(meetingId: string, now: number, notLive?: string): void;
  /** A record the write saved; `previous` is how it was before (null when it is new). */
  record<K extends RecordKind>(kind: K, saved: RecordOf<K>, previous: RecordOf<K> | null): void;
  /** The meeting itself, as saved; `removed` when it left the library (deleted). */
  meeting(saved: Meeting, options?: { removed?: boolean }): void;
  /** A reorder's new order: the live ids of `kind`, first to last. */
  order(kind: OrderedKind, ids: string[]): void;
  /** The write is too big to carry (a bundle, a copy): windows showing `meetingId` load it again. */
  reload(meetingId: string, summary?: Meeting): void;
  /** The event to send, or null when nothing was written. */
  payload(): MeetingChange | null;
}

/**
 * The change of a write too big to carry (a bundle imported or merged): windows showing the
 * meeting load it again, and the library shows `meeting`'s row (its counts come with that load).
 */
export function reloadChange(meetingId: string): MeetingChange {
  return {
    meetingId,
    records: [],
    summary: { fields: {}, counts: noCounts(), removed: false },
    reload: true,
  };
}

export function changeRecorder(store: Store, now: () => number): ChangeRecorder {
  let meetingId: string | null = null;
  // By kind and id: a record saved twice in one write (a step paused, then started) is sent once, as last saved.
  const records = new Map<string, RecordChange>();
  const counts = noCounts();
  const change: Omit<MeetingChange, 'meetingId' | 'records'> = {
    summary: { fields: {}, counts, removed: false },
    reload: false,
  };
  let today: string | null = null;
  const meetingFields = (meeting: Meeting) => {
    meetingId = meeting.id;
    const { title, incidentId, severity, status, startedAt, createdAt, updatedAt } = meeting;
    Object.assign(change.summary.fields, {
      title,
      incidentId,
      severity,
      status,
      startedAt,
      createdAt,
      updatedAt,
    });
  };

  return {
    touch(id, at, notLive) {
      if (!store.touchMeeting(id, at))
        throw new HandlerError('not-found', notLive ?? `No meeting with id ${id}.`);
      meetingId = id;
      change.summary.fields.updatedAt = at;
    },
    record(kind, saved, previous) {
      const entry = { kind, record: saved } as RecordChange;
      records.set(`${kind}:${saved.id}`, entry);
      meetingId ??= saved.meetingId;
      // The core's own calendar day: the windows it serves run on the same machine.
      today ??= formatDay(new Date(now()));
      addCountsOf(counts, entry, previous, today);
    },
    meeting(saved, options) {
      records.set(`meeting:${saved.id}`, { kind: 'meeting', record: saved });
      meetingFields(saved);
      change.summary.removed = options?.removed ?? false;
    },
    order(kind, ids) {
      change.order = { kind, ids };
    },
    reload(id, summary) {
      meetingId = id;
      change.reload = true;
      if (summary) meetingFields(summary);
    },
    payload() {
      if (meetingId === null) return null;
      return { meetingId, records: change.reload ? [] : [...records.values()], ...change };
    },
  };
}

import type { MeetingChange, RecordChange, SummaryChange } from '../../../shared/contract/changes';
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
  return new WriteChange(store, now);
}

/**
 * A `ChangeRecorder`: one is made per write, so its methods live on the prototype rather than in
 * closures made on every write (issue 16: a core write's own work).
 */
class WriteChange implements ChangeRecorder {
  private meetingId: string | null = null;
  // By kind and id: a record saved twice in one write (a step paused, then started) is sent once, as last saved.
  private readonly records = new Map<string, RecordChange>();
  private readonly summary: SummaryChange = { fields: {}, counts: noCounts(), removed: false };
  private reloads = false;
  private newOrder: MeetingChange['order'] = undefined;
  private day: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  touch(id: string, at: number, notLive?: string): void {
    if (!this.store.touchMeeting(id, at))
      throw new HandlerError('not-found', notLive ?? `No meeting with id ${id}.`);
    this.meetingId = id;
    this.summary.fields.updatedAt = at;
  }

  record<K extends RecordKind>(kind: K, saved: RecordOf<K>, previous: RecordOf<K> | null): void {
    const entry = { kind, record: saved } as RecordChange;
    this.records.set(`${kind}:${saved.id}`, entry);
    this.meetingId ??= saved.meetingId;
    addCountsOf(this.summary.counts, entry, previous, this);
  }

  /** The core's own calendar day, read once per write and only by a count that needs it: the windows it serves run on the same machine. */
  today(): string {
    return (this.day ??= formatDay(new Date(this.now())));
  }

  meeting(saved: Meeting, options?: { removed?: boolean }): void {
    this.records.set(`meeting:${saved.id}`, { kind: 'meeting', record: saved });
    this.meetingFields(saved);
    this.summary.removed = options?.removed ?? false;
  }

  order(kind: OrderedKind, ids: string[]): void {
    this.newOrder = { kind, ids };
  }

  reload(id: string, summary?: Meeting): void {
    this.meetingId = id;
    this.reloads = true;
    if (summary) this.meetingFields(summary);
  }

  payload(): MeetingChange | null {
    if (this.meetingId === null) return null;
    const { meetingId, summary, reloads: reload } = this;
    const change: MeetingChange = {
      meetingId,
      records: reload ? [] : [...this.records.values()],
      summary,
      reload,
    };
    if (this.newOrder) change.order = this.newOrder;
    return change;
  }

  private meetingFields(meeting: Meeting): void {
    this.meetingId = meeting.id;
    const { title, incidentId, severity, status, startedAt, createdAt, updatedAt } = meeting;
    Object.assign(this.summary.fields, {
      title,
      incidentId,
      severity,
      status,
      startedAt,
      createdAt,
      updatedAt,
    });
  }
}

import type { HindsightApi, Input } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import { formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import { selectMeetingClock } from '../clock/clockSlice';
import type { ImportRowsResult } from '../../../shared/contract/timelineImport';
import type { TimelineEvent } from '../../../shared/types';
import { settle } from '../../bridge/api';
import { withRefusedText } from '../../store/pendingRecords';
import type { RecordPatch } from '../../store/recordActionsSlice';
import type { SliceCreator } from '../../store/sliceCreator';

/** The capture row's text, kept in the store so switching tabs mid-sentence loses nothing. */
export interface CaptureDraft {
  time: string;
  kind: TimelineEvent['kind'];
  outcome: TimelineEvent['outcome'];
  description: string;
  actor: string;
  evidence: string;
}

export const EMPTY_DRAFT: CaptureDraft = {
  time: '',
  kind: 'other',
  outcome: null,
  description: '',
  actor: '',
  evidence: '',
};

export type EventPatch = RecordPatch<'timeline'>;

export interface TimelineSlice {
  timeline: {
    /**
     * Each meeting's capture line, by meeting id: none leaks into another meeting, and opening
     * another meeting mid-sentence loses none.
     */
    captures: Readonly<Record<string, MeetingCapture>>;
    /** The event being edited in place, if any. */
    editingId: string | null;
    /** The event highlighted in both the table and the strip, if any. */
    highlightedId: string | null;
  };
  highlightEvent(id: string | null): void;
  setCaptureDraft(patch: Partial<CaptureDraft>): void;
  /**
   * Gives a refused event's draft back to the capture row: its text before what was typed since,
   * its kind and outcome where none was picked since (store/pendingRecords.ts).
   */
  putBackCaptureDraft(meetingId: string, refused: CaptureDraft): void;
  /**
   * Adds an event, shown in the log at once and marked saving (`+15m` counts from it at once);
   * the saved event, or the refusal (the event gone from the log).
   */
  addEvent(input: Omit<Input<'timeline.add'>, 'meetingId'>): Promise<Result<TimelineEvent>>;
  editEvent(id: string | null): void;
  updateEvent(id: string, patch: EventPatch): Promise<Result<TimelineEvent>>;
  removeEvent(id: string, timeZone: string): Promise<void>;
  restoreEvent(id: string): Promise<void>;
  /** Moves an event that is an opinion to the parking lot, with Undo; true once it is there. */
  parkEvent(id: string, timeZone: string): Promise<boolean>;
  /** Imports a source (pasted text, a file, an export's files) into the open meeting; says what was added when it worked. */
  importEvents(source: ImportSource): Promise<Result<ImportRowsResult>>;
}

/** What the import dialog sends: the source, how to read it, and the preview's choices. */
export type ImportSource = Omit<Input<'timeline.importRows'>, 'meetingId'>;

/** One meeting's capture row: its line, and the last event typed in it. */
export interface MeetingCapture {
  draft: CaptureDraft;
  /** The last event typed here: `+15m` counts from it (typing is mostly in order, not by time). */
  lastTypedAt: number | null;
}

const NO_CAPTURE: MeetingCapture = { draft: EMPTY_DRAFT, lastTypedAt: null };

type CaptureState = { overview: { meetingId: string | null } } & TimelineSlice;
const captureOf = (state: CaptureState, meetingId = state.overview.meetingId) =>
  (meetingId === null ? undefined : state.timeline.captures[meetingId]) ?? NO_CAPTURE;

/** The open meeting's capture draft. */
export function selectDraft(state: CaptureState): CaptureDraft {
  return captureOf(state).draft;
}

/**
 * Whether any meeting's capture row holds a line not yet added. The actor stays from the last
 * fact on purpose: a line is unsaved once it holds more than that.
 */
export function selectCaptureDraftsUnsaved(state: CaptureState): boolean {
  return Object.values(state.timeline.captures).some(({ draft }) =>
    [draft.time, draft.description, draft.evidence].some((text) => text.trim() !== ''),
  );
}

/** When the last event typed in the open meeting happened, or null. */
export function selectLastTypedAt(state: CaptureState): number | null {
  return captureOf(state).lastTypedAt;
}

const EVENT_RESTORED = (event: TimelineEvent) => `Restored “${event.description}”.`;

export function createTimelineSlice(api: HindsightApi): SliceCreator<TimelineSlice> {
  return (set, get) => {
    const patch = (timeline: Partial<TimelineSlice['timeline']>) =>
      set((state) => ({ timeline: { ...state.timeline, ...timeline } }));
    /** Changes one meeting's capture row. */
    const patchCapture = (meetingId: string, change: Partial<MeetingCapture>) =>
      set((state) => ({
        timeline: {
          ...state.timeline,
          captures: {
            ...state.timeline.captures,
            [meetingId]: { ...captureOf(state, meetingId), ...change },
          },
        },
      }));

    return {
      timeline: {
        captures: {},
        editingId: null,
        highlightedId: null,
      },

      highlightEvent(id) {
        patch({ highlightedId: id });
      },

      setCaptureDraft(draft) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return;
        patchCapture(meetingId, { draft: { ...selectDraft(get()), ...draft } });
      },

      putBackCaptureDraft(meetingId, refused) {
        // Back into the meeting it was typed in, even when another is open by the time it is refused.
        const since = captureOf(get(), meetingId).draft as unknown as Record<string, unknown>;
        const cleared = EMPTY_DRAFT as unknown as Record<string, unknown>;
        const draft = Object.fromEntries(
          Object.entries(refused).map(([name, was]) => {
            const now = since[name];
            if (typeof was === 'string') return [name, withRefusedText(was, now as string)];
            return [name, now === cleared[name] ? was : now];
          }),
        ) as unknown as CaptureDraft;
        patchCapture(meetingId, { draft });
      },

      async addEvent(input) {
        const meetingId = get().overview.meetingId;
        const before = selectLastTypedAt(get());
        if (meetingId !== null) patchCapture(meetingId, { lastTypedAt: input.at });
        const result = await get().captureNewRecord('timeline', input);
        // A refused event is no event to count from, unless another was typed since.
        if (!result.ok && meetingId !== null && captureOf(get(), meetingId).lastTypedAt === input.at)
          patchCapture(meetingId, { lastTypedAt: before });
        return result;
      },

      editEvent(id) {
        patch({ editingId: id });
      },

      async updateEvent(id, changes) {
        const result = await get().writeRecordPatch('timeline', id, changes);
        // Only this event's edit closes: another opened meanwhile keeps what is typed in it.
        if (result.ok && get().timeline.editingId === id) patch({ editingId: null });
        return result;
      },

      async removeEvent(id, timeZone) {
        const removed = await get().removeRecord('timeline', id, {
          removed: (event) =>
            `Deleted the ${formatEventTime(event.at, timeZone, selectMeetingClock(get()))} event “${event.description}”.`,
          restored: EVENT_RESTORED,
        });
        if (removed && get().timeline.editingId === id) patch({ editingId: null });
      },

      async importEvents(source) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) {
          return { ok: false, error: { code: 'not-found', message: 'No meeting is open.' } };
        }
        const result = await settle(api['timeline.importRows']({ meetingId, ...source }));
        if (result.ok) {
          const { added, duplicates, twins, leftOut, skipped } = result.value;
          const notes = [
            duplicates > 0 ? `${duplicates} already in the log` : null,
            twins > 0 ? `${twins} told by another file too` : null,
            leftOut > 0 ? `${leftOut} left out` : null,
            skipped.length > 0 ? `${skipped.length} unreadable skipped` : null,
          ].filter(Boolean);
          const events = added === 1 ? '1 event' : `${added} events`;
          get().notify({
            tone: 'status',
            message: `Imported ${events}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}.`,
          });
        }
        return result;
      },

      async parkEvent(id, timeZone) {
        const result = await settle(api['timeline.park']({ id, systemClock: get().clock.system }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        const { event, item } = result.value;
        const { editingId, highlightedId } = get().timeline;
        patch({
          editingId: editingId === id ? null : editingId,
          highlightedId: highlightedId === id ? null : highlightedId,
        });
        get().notify({
          tone: 'status',
          message: `Parked the ${formatEventTime(event.at, timeZone, selectMeetingClock(get()))} event “${event.description}”.`,
          action: {
            label: 'Undo',
            run: async () => {
              const undone = await settle(api['timeline.unpark']({ eventId: id, itemId: item.id }));
              if (!undone.ok) return get().reportError(undone.error);
              get().notify({ tone: 'status', message: `Back in the event log: “${event.description}”.` });
            },
          },
        });
        return true;
      },

      restoreEvent: async (id) =>
        void (await get().restoreRecord('timeline', id, { restored: EVENT_RESTORED })),
    };
  };
}

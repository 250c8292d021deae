import type { HindsightApi } from '../../../shared/contract';
import type { Meeting } from '../../../shared/types';
import { settle } from '../../bridge/api';
import type { AppState } from '../../store/createAppStore';

/** The meeting's fields that point at what the console walks and the projector follows. */
export type CursorField = 'reviewItemId' | 'walkEventId';

type Save = (meetingId: string, id: string | null) => ReturnType<HindsightApi['meetings.reviewItem']>;

/**
 * A cursor saved on the meeting (the action item under review, the event walked in the Event
 * log), so every window shows the same thing. A move is shown at once, so ↓ pressed twice walks
 * two places; put back, with the reason, when the core refuses it.
 */
export function meetingCursor(
  set: (update: (state: AppState) => Partial<AppState>) => void,
  get: () => AppState,
  field: CursorField,
  save: Save,
) {
  /** Shows `id` as the cursor, if `meetingId` is still the one open. */
  const show = (meetingId: string, id: string | null) =>
    set((state) => {
      const records = state.overview.records;
      if (!records || records.meeting.id !== meetingId) return {};
      const meeting = { ...records.meeting, [field]: id };
      return { overview: { ...state.overview, records: { ...records, meeting } } };
    });
  const shown = () => get().overview.records?.meeting[field] ?? null;
  /**
   * The newest move, until the core answers it. An earlier move's meetingChanged can answer in
   * between and show the place that move chose: the next move goes on from this one.
   */
  let unanswered: { meetingId: string; id: string | null } | null = null;

  return {
    /** Where the cursor is, counting a move the core has not answered yet. */
    current(meeting: Meeting): string | null {
      return unanswered?.meetingId === meeting.id ? unanswered.id : meeting[field];
    },

    async moveTo(id: string | null): Promise<void> {
      const records = get().overview.records;
      if (!records || this.current(records.meeting) === id) return;
      const meetingId = records.meeting.id;
      const before = records.meeting[field];
      const move = { meetingId, id };
      unanswered = move;
      show(meetingId, id);
      const result = await settle(save(meetingId, id));
      if (unanswered === move) unanswered = null;
      // The saved meeting, a newer version than an earlier move's change still on its way.
      if (result.ok) return get().showSaved([{ kind: 'meeting', record: result.value.meeting }]);
      // Only this move is undone: a later one already replaced what it showed.
      if (shown() === id) show(meetingId, before);
      get().reportError(result.error);
    },
  };
}

import type { HindsightApi } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import type { CoachState, ReflectionAspect } from '../../../shared/domain/coach/reflectionAspects';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export interface CoachSlice {
  /** The open meeting's dismissed findings and reflection notes; null until loaded. */
  coach: CoachState | null;
  /** Loads the coach's state of a meeting, once per meeting however many fields ask. */
  loadCoach(meetingId: string): Promise<void>;
  /** "This is fine here": the finding stays away, also after a restart. */
  dismissFinding(key: string): Promise<boolean>;
  /** Undo of a dismissal. */
  restoreFinding(key: string): Promise<boolean>;
  setReflectionNote(aspect: ReflectionAspect, note: string): Promise<Result<CoachState>>;
}

const NO_MEETING = { ok: false, error: { code: 'not-found', message: 'No meeting is open.' } } as const;

/** The blameless coach's state (issue #14), kept beside the meeting's records. */
export function createCoachSlice(api: HindsightApi): SliceCreator<CoachSlice> {
  return (set, get) => {
    let asked: string | null = null;
    const meetingId = () => get().overview.meetingId;
    // An answer for a meeting that is no longer open is dropped.
    const keep = (result: Result<CoachState>) => {
      if (result.ok && result.value.meetingId === meetingId()) set({ coach: result.value });
      else if (!result.ok) get().reportError(result.error);
      return result;
    };
    const write = async (call: (id: string) => Promise<Result<CoachState>>) => {
      const id = meetingId();
      return id === null ? NO_MEETING : keep(await settle(call(id)));
    };

    return {
      coach: null,

      async loadCoach(id) {
        // Asked once per meeting: a failed load is reported once, not by every field.
        if (asked === id) return;
        asked = id;
        keep(await settle(api['coach.get']({ meetingId: id })));
      },

      async dismissFinding(key) {
        return (await write((id) => api['coach.dismiss']({ meetingId: id, key }))).ok;
      },

      async restoreFinding(key) {
        return (await write((id) => api['coach.undismiss']({ meetingId: id, key }))).ok;
      },

      setReflectionNote(aspect, note) {
        return write((id) => api['coach.setNote']({ meetingId: id, aspect, note }));
      },
    };
  };
}

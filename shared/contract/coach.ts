import { z } from 'zod';
import { REFLECTION_ASPECTS, type CoachState } from '../domain/coach/reflectionAspects';
import { recordId } from './crud';
import { method } from './define';

const MeetingRef = z.object({ meetingId: recordId });
const FindingRef = MeetingRef.extend({
  /** A finding's key from shared/domain/coach/meetingFindings.ts. */
  key: z.string().min(1, 'empty').max(3_000, 'longer than 3000 characters'),
});

/** The blameless coach (issue #14): dismissed language findings and the reflection notes. */
export const coachMethods = {
  /** The meeting's dismissed findings and reflection notes. */
  'coach.get': method(MeetingRef).returns<CoachState>(),
  /** Remembers that a finding is fine here ("this is fine here"); dismissing twice is harmless. */
  'coach.dismiss': method(FindingRef).returns<CoachState>(),
  /** Brings a dismissed finding back (Undo). */
  'coach.undismiss': method(FindingRef).returns<CoachState>(),
  /** Saves the reflection note of one aspect; an empty note removes it. */
  'coach.setNote': method(
    MeetingRef.extend({
      aspect: z.enum(REFLECTION_ASPECTS, { error: 'not a reflection aspect' }),
      note: z.string().max(5_000, 'longer than 5000 characters'),
    }),
  ).returns<CoachState>(),
} as const;

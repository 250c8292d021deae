import { useEffect, useMemo } from 'react';
import type { LanguageContext } from '../../../shared/domain/coach/language';
import {
  findingsOfField,
  meetingContext,
  reviewMeetingLanguage,
  type CoachedField,
  type CoachedKind,
  type CoachFinding,
} from '../../../shared/domain/coach/meetingFindings';
import { reflectionChecks } from '../../../shared/domain/coach/reflectionChecks';
import type { MeetingRecords } from '../../../shared/types';
import type { AppState } from '../../store/createAppStore';
import { useApp } from '../../store/useApp';

/** What a coached field tells the coach: which record and field its text is. */
export interface CoachTarget {
  kind: CoachedKind;
  record: { id: string };
  field: CoachedField;
}

const NO_KEYS: readonly string[] = [];
const NO_FINDINGS: CoachFinding[] = [];

/** The last context made, and the lists it was made of. */
let lastContext: { of: readonly [unknown, unknown]; context: LanguageContext } | null = null;
/**
 * One context for every field on screen, and the same object for as long as the lists it is made
 * of are (a change to a record keeps the other kinds' lists): keyed on the whole records, each
 * add or edit anywhere in the meeting was a new context, which re-rendered and re-checked every
 * coached field in view (issue #16: every row of the event log and of the action items).
 */
function contextOf(records: MeetingRecords): LanguageContext {
  const { participants, rootCauseItems } = records;
  if (lastContext?.of[0] !== participants || lastContext.of[1] !== rootCauseItems) {
    lastContext = { of: [participants, rootCauseItems], context: meetingContext(records) };
  }
  return lastContext.context;
}

const selectLanguageContext = (state: AppState) =>
  state.overview.records ? contextOf(state.overview.records) : null;

/** The open meeting's coach state (null until loaded), loading it the first time a view asks. */
function useCoachState(load: boolean) {
  const meetingId = useApp((state) => state.overview.meetingId);
  const coach = useApp((state) =>
    state.coach !== null && state.coach.meetingId === meetingId ? state.coach : null,
  );
  const loadCoach = useApp((state) => state.loadCoach);
  useEffect(() => {
    if (load && meetingId !== null) void loadCoach(meetingId);
  }, [load, meetingId, loadCoach]);
  return coach;
}

/** The open meeting's dismissed keys, loading them the first time a coached field asks. */
function useDismissed(load: boolean): readonly string[] {
  return useCoachState(load)?.dismissed ?? NO_KEYS;
}

/**
 * The open findings of one field's saved text (never the draft being typed). A keystroke
 * re-renders the field but changes none of the inputs here, so it costs nothing; a save is
 * checked once per distinct text (fieldFindings memoises on text and context).
 */
export function useFieldFindings(target: CoachTarget | undefined, text: string): CoachFinding[] {
  const context = useApp(selectLanguageContext);
  const dismissed = useDismissed(target !== undefined);
  const kind = target?.kind;
  const record = target?.record;
  const field = target?.field;
  return useMemo(() => {
    if (!kind || !record || !field || !context) return NO_FINDINGS;
    const found = findingsOfField({ kind, record, field, text }, context);
    return found.length === 0 ? NO_FINDINGS : found.filter((f) => !dismissed.includes(f.key));
  }, [context, kind, record, field, text, dismissed]);
}

/** Every open and dismissed language finding of the open meeting, once per change of it. */
export function useMeetingLanguage(records: MeetingRecords) {
  const dismissed = useDismissed(true);
  return useMemo(() => reviewMeetingLanguage(records, new Set(dismissed)), [records, dismissed]);
}

/**
 * The reflection of the open meeting: its notes (null until the coach's state is loaded, so a
 * note field never starts empty over a stored note) and the checks of every aspect as of `now`.
 */
export function useReflection(records: MeetingRecords, now: number) {
  const coach = useCoachState(true);
  const dismissed = coach?.dismissed ?? NO_KEYS;
  const checks = useMemo(
    () => reflectionChecks(records, { dismissed: new Set(dismissed), now }),
    [records, dismissed, now],
  );
  return { notes: coach?.notes ?? null, checks };
}

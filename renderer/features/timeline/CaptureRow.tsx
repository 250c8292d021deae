import { memo, useRef, useState } from 'react';
import type { Meeting } from '../../../shared/types';
import type { ContractError } from '../../../shared/contract/errors';
import { parseEventTime, type EventTimeContext } from '../../../shared/domain/timeline/parseEventTime';
import { timeChoice } from '../../../shared/domain/timeline/timeChoice';
import { formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusForNext } from '../../components/focusForNext';
import { saveOnEnter, saveOnSubmit } from '../../components/captureSubmit';
import { useApp } from '../../store/useApp';
import { SavingMark, useSavingCount } from '../notices/SavingMark';
import { selectMeetingClock } from '../clock/clockSlice';
import { useNow } from '../meetings/useNow';
import { EventFields } from './EventFields';
import { NearReadingChoice } from './NearReadingChoice';
import { readEventForm, type EventFieldErrors } from './eventForm';
import { EMPTY_DRAFT, selectDraft } from './timelineSlice';

interface CaptureRowProps {
  meeting: Meeting;
  /** `+15m` counts from this event (the last one typed here, else the latest in the log). */
  previousAt: number | null;
}

/**
 * The one-line entry a note-taker types facts into. Enter anywhere in the row adds the fact to
 * the log at once ("Saving…" until it is committed); the time field then has the focus again,
 * empty, for the next fact. A time or description that cannot be read keeps the row exactly as
 * typed, with the reason beside the field. Memoised: a key in the log's filter box re-renders
 * the section, not the row (it reads the typed time on every render).
 */
export const CaptureRow = memo(function CaptureRow({ meeting, previousAt }: CaptureRowProps) {
  const draft = useApp(selectDraft);
  const clock = useApp(selectMeetingClock);
  const setDraft = useApp((state) => state.setCaptureDraft);
  const putBack = useApp((state) => state.putBackCaptureDraft);
  const addEvent = useApp((state) => state.addEvent);
  const timeRef = useRef<HTMLInputElement>(null);
  const { saving, track } = useSavingCount();
  const [errors, setErrors] = useState<EventFieldErrors>({});
  const [saveError, setSaveError] = useState<ContractError | null>(null);
  // The reading the person picked for this exact text; typing something else drops it.
  const [choice, setChoice] = useState<{ text: string; at: number } | null>(null);
  const previewNow = useNow(60_000);

  // A time of day lands nearest the event before it (the incident start when there is none).
  const near = previousAt ?? meeting.startedAt;
  const context = (now: number): EventTimeContext => ({
    timeZone: meeting.timeZone,
    previousAt,
    incidentStartAt: meeting.startedAt,
    now,
    readNear: near,
  });
  const typed = draft.time.trim() === '' ? null : parseEventTime(draft.time, context(previewNow));
  const note =
    typed?.ok && typed.note && near !== null
      ? timeChoice(typed.at, typed.note, near, meeting.timeZone, clock)
      : null;
  const chosen =
    choice?.text === draft.time ? note?.options.find((option) => option.at === choice.at) : undefined;

  async function save() {
    const form = readEventForm(draft, context(Date.now()));
    setSaveError(null);
    if (!form.ok) {
      setErrors(form.errors);
      timeRef.current?.focus();
      return;
    }
    setErrors({});
    // The event shows in the log at once, marked saving, and the row is empty for the next fact;
    // a refused one leaves the log and its text comes back here, with the reason.
    // Actor is kept: a run of facts usually comes from the same team.
    setDraft({ ...EMPTY_DRAFT, actor: draft.actor });
    setChoice(null);
    focusForNext(timeRef.current);
    const result = await track(
      addEvent({ ...form.fields, at: chosen?.at ?? form.fields.at, source: 'typed' }),
    );
    if (result.ok) return;
    putBack(meeting.id, draft);
    setSaveError(result.error);
  }

  const relativeHint =
    previousAt === null
      ? '09:31, 9:31pm…'
      : `+5m = after ${formatEventTime(previousAt, meeting.timeZone, clock)}`;

  return (
    <form
      className="event-form capture-row"
      aria-label="Add an event"
      onSubmit={(event) => saveOnSubmit(event, () => void save())}
      onKeyDown={(event) => saveOnEnter(event, () => void save())}
      noValidate
    >
      <EventFields
        draft={draft}
        onChange={setDraft}
        errors={errors}
        timeRef={timeRef}
        timeHint={relativeHint}
      />
      <div className="event-form__actions">
        <Button type="submit" variant="primary">
          Add event
        </Button>
        {saving ? <SavingMark /> : null}
      </div>
      {note && typed?.ok ? (
        <NearReadingChoice
          note={note}
          chosenAt={chosen?.at ?? typed.at}
          onChoose={(at) => setChoice({ text: draft.time, at })}
        />
      ) : null}
      <ErrorMessage error={saveError} />
    </form>
  );
});

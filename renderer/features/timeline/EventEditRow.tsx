import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import { formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import type { Meeting, TimelineEvent } from '../../../shared/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';
import { EventFields } from './EventFields';
import { readEventForm, type EventFieldErrors } from './eventForm';
import { eventRowAttributes, type RowPosition } from './rowAttributes';
import type { CaptureDraft } from './timelineSlice';
import { useUnsavedDraft } from '../../components/unsavedDrafts';

/** The id of a row's Edit button, so focus can go back to it when editing ends. */
export const editButtonId = (eventId: string) => `edit-event-${eventId}`;

function focusEditButton(eventId: string) {
  // After the next render, when the read-only row (and its button) is back in the page.
  setTimeout(() => document.getElementById(editButtonId(eventId))?.focus(), 0);
}

interface EventEditRowProps extends RowPosition {
  event: TimelineEvent;
  meeting: Meeting;
}

/**
 * One event edited in place: Enter saves, Escape puts everything back. The time is shown as the
 * clock showed it and read on the event's own day, so `09:40` moves it within its day and `+5m`
 * moves it five minutes later. The field holds the 24-hour form whatever the meeting's clock, as
 * every typed-time field does (README, "One clock per meeting"): one form to edit, read back
 * as typed; the form's name follows the meeting's clock like the row it replaces.
 */
export function EventEditRow({ event, meeting, rowIndex, rowRef }: EventEditRowProps) {
  const editEvent = useApp((state) => state.editEvent);
  const updateEvent = useApp((state) => state.updateEvent);
  const clock = useApp(selectMeetingClock);
  const [saved] = useState<CaptureDraft>(() => ({
    time: formatEventTime(event.at, meeting.timeZone),
    kind: event.kind,
    outcome: event.outcome,
    description: event.description,
    actor: event.actor,
    evidence: event.evidence,
  }));
  const [draft, setDraftState] = useState<CaptureDraft>(saved);
  useUnsavedDraft(
    (Object.keys(saved) as (keyof CaptureDraft)[]).some((field) => draft[field] !== saved[field]),
  );
  const [errors, setErrors] = useState<EventFieldErrors>({});
  const [saveError, setSaveError] = useState<ContractError | null>(null);
  const timeRef = useRef<HTMLInputElement>(null);
  const setDraft = (patch: Partial<CaptureDraft>) => setDraftState((current) => ({ ...current, ...patch }));

  useEffect(() => {
    timeRef.current?.focus();
    timeRef.current?.select();
  }, []);

  function cancel() {
    editEvent(null);
    focusEditButton(event.id);
  }

  async function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const form = readEventForm(draft, {
      timeZone: meeting.timeZone,
      previousAt: event.at,
      incidentStartAt: meeting.startedAt,
      now: Date.now(),
    });
    if (!form.ok) return setErrors(form.errors);
    setErrors({});
    const result = await updateEvent(event.id, form.fields);
    if (!result.ok) return setSaveError(result.error);
    focusEditButton(event.id);
  }

  function onKeyDown(keyEvent: KeyboardEvent) {
    if (keyEvent.key !== 'Escape') return;
    keyEvent.preventDefault();
    keyEvent.stopPropagation();
    cancel();
  }

  const time = formatEventTime(event.at, meeting.timeZone, clock);
  return (
    <tr {...eventRowAttributes(event.id, { rowIndex, rowRef })} className="event-row event-row--editing">
      <td colSpan={6}>
        <form
          className="event-form"
          aria-label={`Edit the ${time} event`}
          onSubmit={submit}
          onKeyDown={onKeyDown}
          noValidate
        >
          <EventFields draft={draft} onChange={setDraft} errors={errors} timeRef={timeRef} />
          <div className="event-form__actions">
            <Button type="submit" variant="primary">
              Save
            </Button>
            <Button onClick={cancel}>Cancel</Button>
          </div>
          <ErrorMessage error={saveError} />
        </form>
      </td>
    </tr>
  );
}

import { orderedSteps } from '../../../shared/domain/agenda/walk';
import type { MeetingRecords } from '../../../shared/types';
import { StepTimer } from '../live/StepTimer';
import { useTimerNow } from '../live/useTimerNow';

/** The step the meeting is on and its timer, read in the hub's time (`hubOffsetMs`). */
export function CurrentStep({ records, hubOffsetMs }: { records: MeetingRecords; hubOffsetMs: number }) {
  const agenda = orderedSteps(records.agenda);
  const current = agenda.find((step) => step.id === records.meeting.currentStepId) ?? null;
  const now = useTimerNow(current?.runningSince ?? null) + hubOffsetMs;
  if (!current) {
    return (
      <section className="note-taker__step" aria-label="Current step">
        <h2>{records.meeting.status === 'draft' ? 'The meeting has not started yet' : 'Between steps'}</h2>
      </section>
    );
  }
  return (
    <section className="note-taker__step" aria-label="Current step">
      <div>
        <p className="note-taker__kicker">
          Step {agenda.indexOf(current) + 1} of {agenda.length}
        </p>
        <h2>{current.title}</h2>
        <p className="note-taker__prompt">{current.prompt}</p>
      </div>
      <StepTimer step={current} now={now} />
    </section>
  );
}

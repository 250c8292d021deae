import { useEffect } from 'react';
import { orderedSteps } from '../../../shared/domain/agenda/walk';
import type { AgendaStep, Meeting } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { StepTimer } from '../live/StepTimer';
import { useTimerNow } from '../live/useTimerNow';

/**
 * The audience view for the room's screen: read-only, no controls, large high-contrast type.
 * It holds no state of its own: the console's actions go through the core, and this window
 * reloads the meeting on every `meetingChanged` (StoreProvider), so it follows within a frame.
 */
export function ProjectorView({ meetingId }: { meetingId: string | null }) {
  const openMeeting = useApp((state) => state.openMeeting);
  const records = useApp((state) => state.overview.records);
  const error = useApp((state) => state.overview.error);

  useEffect(() => {
    if (meetingId) void openMeeting(meetingId);
  }, [meetingId, openMeeting]);

  if (!meetingId)
    return <ProjectorMessage title="No meeting chosen" text="Open the projector from a meeting’s console." />;
  if (error) return <ProjectorMessage title="This meeting cannot be shown" text={error.message} />;
  if (!records) return <ProjectorMessage title="Hindsight" text="Loading the meeting…" />;
  const agenda = orderedSteps(records.agenda);
  const current = agenda.find((step) => step.id === records.meeting.currentStepId) ?? null;
  return current ? (
    <ProjectorStep
      meeting={records.meeting}
      step={current}
      position={agenda.indexOf(current) + 1}
      total={agenda.length}
      parked={records.parkingLot.filter((item) => !item.resolved).length}
    />
  ) : (
    <ProjectorMessage
      title={records.meeting.title}
      text={
        records.meeting.status === 'draft'
          ? 'The postmortem starts soon.'
          : 'Thank you. The postmortem has ended.'
      }
    />
  );
}

function ProjectorStep({
  meeting,
  step,
  position,
  total,
  parked,
}: {
  meeting: Meeting;
  step: AgendaStep;
  position: number;
  total: number;
  /** Open parking-lot items: the room sees that a remark set aside is kept, not dropped. */
  parked: number;
}) {
  const now = useTimerNow(step.runningSince);
  return (
    <main className="projector" aria-labelledby="projector-title">
      {meeting.moveOnSignalAt !== null ? (
        <p className="projector__banner" role="alert">
          Enough, let’s move on
        </p>
      ) : null}
      <header className="projector__header">
        <p className="projector__kicker">
          Step {position} of {total} · {meeting.title}
          {parked > 0 ? ` · ${parked} parked` : ''}
        </p>
        <StepTimer step={step} now={now} size="huge" />
      </header>
      <h1 id="projector-title" className="projector__title">
        {step.title}
      </h1>
      {step.kind === 'opening' ? (
        <blockquote className="projector__statement">{meeting.blamelessStatement}</blockquote>
      ) : (
        <p className="projector__prompt">{step.prompt}</p>
      )}
    </main>
  );
}

function ProjectorMessage({ title, text }: { title: string; text: string }) {
  return (
    <main className="projector projector--message" aria-labelledby="projector-title">
      <h1 id="projector-title" className="projector__title">
        {title}
      </h1>
      <p className="projector__prompt">{text}</p>
    </main>
  );
}

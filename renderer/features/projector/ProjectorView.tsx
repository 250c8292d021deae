import { useEffect } from 'react';
import { orderedSteps } from '../../../shared/domain/agenda/walk';
import { useApp } from '../../store/useApp';
import { ProjectorStep } from './ProjectorStep';

/**
 * The audience view for the room's screen: read-only, no controls, large high-contrast type.
 * It holds no state of its own: the console's actions go through the core, and this window
 * applies the records every `meetingChanged` carries (store/followChanges.ts), so it follows within a frame.
 */
export function ProjectorView({ meetingId }: { meetingId: string | null }) {
  const openMeeting = useApp((state) => state.openMeeting);
  const records = useApp((state) => state.overview.records);
  const error = useApp((state) => state.overview.error);
  // Its steps show the action items and the parking lot, which follow the first part of the meeting.
  const listsLoading = useApp((state) => state.overview.listsLoading);

  useEffect(() => {
    if (meetingId) void openMeeting(meetingId);
  }, [meetingId, openMeeting]);

  if (!meetingId)
    return <ProjectorMessage title="No meeting chosen" text="Open the projector from a meeting’s console." />;
  if (error) return <ProjectorMessage title="This meeting cannot be shown" text={error.message} />;
  if (!records || listsLoading) return <ProjectorMessage title="Hindsight" text="Loading the meeting…" />;
  const agenda = orderedSteps(records.agenda);
  const current = agenda.find((step) => step.id === records.meeting.currentStepId) ?? null;
  return current ? (
    <ProjectorStep
      records={records}
      step={current}
      position={agenda.indexOf(current) + 1}
      total={agenda.length}
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

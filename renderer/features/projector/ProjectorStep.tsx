import type { AgendaStep, MeetingRecords } from '../../../shared/types';
import { ProjectorHeader } from './ProjectorHeader';
import { ProjectorStepContent } from './ProjectorStepContent';

/**
 * One agenda step on the room's screen: the "move on" banner when it is raised, the step with
 * its timer, and what the step has produced so far. The screen is exactly one viewport high and
 * never scrolls: every part shows what fits (see FittedList).
 */
export function ProjectorStep({
  records,
  step,
  position,
  total,
}: {
  records: MeetingRecords;
  step: AgendaStep;
  position: number;
  total: number;
}) {
  const { meeting } = records;
  return (
    <main className={`projector projector--${step.kind}`} aria-labelledby="projector-title">
      {meeting.moveOnSignalAt !== null ? (
        <p className="projector__banner" role="alert">
          Enough, let’s move on
        </p>
      ) : null}
      <ProjectorHeader
        meetingTitle={meeting.title}
        step={step}
        position={position}
        total={total}
        parked={records.parkingLot.filter((item) => !item.resolved).length}
      />
      <ProjectorStepContent step={step} records={records} />
    </main>
  );
}

import type { AgendaStep } from '../../../shared/types';
import { StepTimer } from '../live/StepTimer';
import { useTimerNow } from '../live/useTimerNow';

/** How large each kind of step shows its prompt; null where something else stands in for it. */
const PROMPT_SIZES: Record<AgendaStep['kind'], 'large' | 'small' | null> = {
  opening: null,
  'event-log': 'small',
  impact: 'small',
  remediate: 'large',
  detect: 'large',
  prevent: 'large',
  'action-review': 'small',
  'wrap-up': 'small',
  custom: 'large',
};

/**
 * Where the meeting is (step n of m, the meeting, what is parked), the step's title and prompt,
 * and its timer. In the three questions the prompt is the question itself, so it is the
 * largest text; in the Opening the blameless statement below stands in for it.
 */
export function ProjectorHeader({
  meetingTitle,
  step,
  position,
  total,
  parked,
}: {
  meetingTitle: string;
  step: AgendaStep;
  position: number;
  total: number;
  /** Open parking-lot items: the room sees that a remark set aside is kept, not dropped. */
  parked: number;
}) {
  const promptSize = PROMPT_SIZES[step.kind];
  return (
    <header className="projector__header">
      <div className="projector__heading">
        <p className="projector__kicker">
          Step {position} of {total} · {meetingTitle}
          {parked > 0 ? ` · ${parked} parked` : ''}
        </p>
        <h1 id="projector-title" className="projector__title">
          {step.title}
        </h1>
        {promptSize && step.prompt ? (
          <p className={`projector__prompt projector__prompt--${promptSize}`}>{step.prompt}</p>
        ) : null}
      </div>
      <ProjectorTimer step={step} />
    </header>
  );
}

/** Its own component so that the once-a-second tick re-renders the clock, not the whole screen. */
function ProjectorTimer({ step }: { step: AgendaStep }) {
  const now = useTimerNow(step.runningSince);
  return <StepTimer step={step} now={now} size="huge" />;
}

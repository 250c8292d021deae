import type { AgendaStep, MeetingRecords } from '../../../shared/types';
import { ActionReviewContent } from './content/ActionReviewContent';
import { EventLogContent } from './content/EventLogContent';
import { ImpactContent } from './content/ImpactContent';
import { OpeningContent } from './content/OpeningContent';
import { QuestionContent } from './content/QuestionContent';
import { WrapUpContent } from './content/WrapUpContent';

/**
 * What the room sees of each step's work as it is captured: the projector's counterpart of the
 * console's StepWorkspaceBody, read-only. A custom step has only its prompt, shown in the header.
 */
export function ProjectorStepContent({ step, records }: { step: AgendaStep; records: MeetingRecords }) {
  switch (step.kind) {
    case 'opening':
      return <OpeningContent records={records} />;
    case 'event-log':
      return <EventLogContent records={records} />;
    case 'impact':
      return <ImpactContent records={records} />;
    case 'remediate':
    case 'detect':
    case 'prevent':
      return <QuestionContent records={records} question={step.kind} />;
    case 'action-review':
      return <ActionReviewContent records={records} />;
    case 'wrap-up':
      return <WrapUpContent records={records} />;
    case 'custom':
      return null;
  }
}

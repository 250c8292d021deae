import type { StepKind } from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { ActionReviewWorkspace } from './ActionReviewWorkspace';
import { EventLogWorkspace } from './EventLogWorkspace';
import { ImpactWorkspace } from './ImpactWorkspace';
import { OpeningWorkspace } from './OpeningWorkspace';
import { QuestionWorkspace } from './QuestionWorkspace';
import { WrapUpWorkspace } from './WrapUpWorkspace';

/**
 * The workspace of each default agenda step. The event log and action review reuse their own
 * tabs' sections (each with its walk: the event log's cursor, the review item by item), so what
 * is captured in the console and in those tabs is the same thing.
 */
export function StepWorkspaceBody({
  kind,
  records,
}: {
  kind: Exclude<StepKind, 'custom'>;
  records: MeetingRecords;
}) {
  switch (kind) {
    case 'opening':
      return <OpeningWorkspace records={records} />;
    case 'event-log':
      return <EventLogWorkspace records={records} />;
    case 'impact':
      return <ImpactWorkspace records={records} />;
    case 'remediate':
    case 'detect':
    case 'prevent':
      return <QuestionWorkspace records={records} question={kind} />;
    case 'action-review':
      return <ActionReviewWorkspace records={records} />;
    case 'wrap-up':
      return <WrapUpWorkspace records={records} />;
  }
}

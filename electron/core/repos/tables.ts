import type {
  ActionItem,
  AgendaStep,
  Impact,
  Lesson,
  Meeting,
  ParkingLotItem,
  Participant,
  QuestionNote,
  QuestionState,
  RootCause,
  RootCauseItem,
  TimelineEvent,
} from '../../../shared/types';
import type { TableSpec } from './recordTable';

const META = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy'] as const;
const CHILD_META = [...META, 'meetingId'] as const;

/** The entity behind each table key (the keys match MeetingRecords where they overlap). */
export interface TableEntities {
  meetings: Meeting;
  participants: Participant;
  agenda: AgendaStep;
  timeline: TimelineEvent;
  impact: Impact;
  questions: QuestionState;
  questionNotes: QuestionNote;
  rootCause: RootCause;
  rootCauseItems: RootCauseItem;
  lessons: Lesson;
  actionItems: ActionItem;
  parkingLot: ParkingLotItem;
}

/** How every record of DESIGN.md section 3 maps onto the tables of the migrations. */
export const TABLES: { [K in keyof TableEntities]: TableSpec<TableEntities[K]> } = {
  meetings: {
    table: 'meetings',
    fields: [
      ...META,
      'title',
      'incidentId',
      'severity',
      'status',
      'startedAt',
      'detectedAt',
      'mitigatedAt',
      'resolvedAt',
      'timeZone',
      'summary',
      'affectedServices',
      'blamelessStatement',
      'templateId',
      'currentStepId',
      'autoStartNextStep',
      'liveStartedAt',
      'moveOnSignalAt',
      'reviewItemId',
      'chimeMuted',
    ],
    booleans: ['autoStartNextStep', 'chimeMuted'],
    json: ['affectedServices'],
    orderBy: 'updated_at DESC, id',
  },
  participants: {
    table: 'participants',
    fields: [...CHILD_META, 'name', 'role', 'position'],
    orderBy: 'position, id',
  },
  agenda: {
    table: 'agenda_steps',
    fields: [
      ...CHILD_META,
      'kind',
      'title',
      'prompt',
      'plannedSeconds',
      'position',
      'accumulatedSeconds',
      'runningSince',
      'completed',
      'skipped',
    ],
    booleans: ['completed', 'skipped'],
    orderBy: 'position, id',
  },
  timeline: {
    table: 'timeline_events',
    fields: [...CHILD_META, 'at', 'kind', 'outcome', 'description', 'actor', 'evidence', 'source'],
    orderBy: 'at, created_at, id',
  },
  impact: {
    table: 'impacts',
    fields: [
      ...CHILD_META,
      'usersAffected',
      'usersAffectedPercent',
      'regions',
      'revenueLossEstimate',
      'currency',
      'customerReactions',
      'supportTickets',
      'onCallHours',
      'peoplePaged',
      'notes',
      'mappedAt',
    ],
    orderBy: 'id',
  },
  questions: {
    table: 'questions',
    fields: [...CHILD_META, 'question', 'answer', 'answered', 'nothingToDo'],
    booleans: ['answered', 'nothingToDo'],
    orderBy: 'question, id',
  },
  questionNotes: {
    table: 'question_notes',
    fields: [...CHILD_META, 'question', 'text', 'position'],
    orderBy: 'question, position, id',
  },
  rootCause: {
    table: 'root_causes',
    fields: [...CHILD_META, 'primaryCause'],
    orderBy: 'id',
  },
  rootCauseItems: {
    table: 'root_cause_items',
    fields: [...CHILD_META, 'kind', 'text', 'category', 'position'],
    orderBy: 'kind, position, id',
  },
  lessons: {
    table: 'lessons',
    fields: [...CHILD_META, 'kind', 'text', 'position'],
    orderBy: 'kind, position, id',
  },
  actionItems: {
    table: 'action_items',
    fields: [
      ...CHILD_META,
      'title',
      'question',
      'type',
      'owner',
      'dueDate',
      'successMeasure',
      'rank',
      'status',
      'trackerUrl',
    ],
    orderBy: 'rank, id',
  },
  parkingLot: {
    table: 'parking_lot_items',
    fields: [...CHILD_META, 'text', 'stepId', 'resolved'],
    booleans: ['resolved'],
    orderBy: 'created_at, id',
  },
};

import type {
  ActionItem,
  AgendaStep,
  Impact,
  Lesson,
  ParkingLotItem,
  Participant,
  QuestionNote,
  QuestionState,
  RootCause,
  RootCauseItem,
  TimelineEvent,
} from '../../../shared/types';
import type { RecordMeta } from '../repos/recordTable';

type Defaults<T> = Omit<T, keyof RecordMeta | 'meetingId'>;

/**
 * What a record holds when `add` leaves a field out (positions and ranks are set to "last" by
 * the handler). Every field is listed, so adding a column without a default fails to compile.
 */
export const RECORD_DEFAULTS = {
  participants: { name: '', role: 'responder', position: 0 } satisfies Defaults<Participant>,
  agenda: {
    kind: 'custom',
    title: '',
    prompt: '',
    plannedSeconds: 5 * 60,
    position: 0,
    accumulatedSeconds: 0,
    runningSince: null,
    completed: false,
    skipped: false,
  } satisfies Defaults<AgendaStep>,
  timeline: {
    at: 0,
    kind: 'other',
    outcome: null,
    description: '',
    actor: '',
    evidence: '',
    source: 'typed',
  } satisfies Defaults<TimelineEvent>,
  questionNotes: { question: 'remediate', text: '', position: 0 } satisfies Defaults<QuestionNote>,
  rootCauseItems: {
    kind: 'contributing-factor',
    text: '',
    category: null,
    position: 0,
  } satisfies Defaults<RootCauseItem>,
  lessons: { kind: 'went-well', text: '', position: 0 } satisfies Defaults<Lesson>,
  actionItems: {
    title: '',
    question: null,
    type: 'corrective',
    owner: '',
    dueDate: null,
    successMeasure: '',
    rank: 0,
    status: 'open',
    trackerUrl: '',
  } satisfies Defaults<ActionItem>,
  parkingLot: { text: '', stepId: null, resolved: false } satisfies Defaults<ParkingLotItem>,
  questions: {
    question: 'remediate',
    answer: '',
    answered: false,
    nothingToDo: false,
  } satisfies Defaults<QuestionState>,
  impact: {
    usersAffected: null,
    usersAffectedPercent: null,
    regions: '',
    revenueLossEstimate: null,
    currency: '',
    customerReactions: '',
    supportTickets: null,
    onCallHours: null,
    peoplePaged: null,
    notes: '',
    mappedAt: null,
  } satisfies Defaults<Impact>,
  rootCause: { primaryCause: '' } satisfies Defaults<RootCause>,
};

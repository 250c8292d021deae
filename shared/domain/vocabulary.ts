/**
 * The closed vocabularies of DESIGN.md section 3, with the labels people read.
 * Stored values are stable kebab-case strings; labels may change freely.
 */

export const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MEETING_STATUSES = ['draft', 'live', 'review', 'published'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const PARTICIPANT_ROLES = [
  'facilitator',
  'note-taker',
  'incident-owner',
  'responder',
  'stakeholder',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const STEP_KINDS = [
  'opening',
  'event-log',
  'impact',
  'remediate',
  'detect',
  'prevent',
  'action-review',
  'wrap-up',
  'custom',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const EVENT_KINDS = [
  'first-signal',
  'alert',
  'detection',
  'escalation',
  'diagnosis',
  'mitigation-attempt',
  'mitigation',
  'fix-deployed',
  'recovery',
  'decision',
  'communication',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const MITIGATION_OUTCOMES = ['helped', 'no-effect', 'moved-symptom'] as const;
export type MitigationOutcome = (typeof MITIGATION_OUTCOMES)[number];

export const EVENT_SOURCES = ['typed', 'imported', 'merged'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** The three questions, asked backwards on purpose (DESIGN.md section 2). */
export const QUESTIONS = ['remediate', 'detect', 'prevent'] as const;
export type Question = (typeof QUESTIONS)[number];

export const ACTION_TYPES = [
  'preventative',
  'detective',
  'corrective',
  'mitigation',
  'process-improvement',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const LESSON_KINDS = ['went-well', 'went-wrong', 'got-lucky'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export const ROOT_CAUSE_ITEM_KINDS = ['contributing-factor', 'why'] as const;
export type RootCauseItemKind = (typeof ROOT_CAUSE_ITEM_KINDS)[number];

export const FISHBONE_CATEGORIES = [
  'people',
  'process',
  'tools',
  'environment',
  'methods',
  'measurement',
] as const;
export type FishboneCategory = (typeof FISHBONE_CATEGORIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  'SEV-1': 'SEV-1 · critical',
  'SEV-2': 'SEV-2 · major',
  'SEV-3': 'SEV-3 · minor',
  'SEV-4': 'SEV-4 · low',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'Draft',
  live: 'Live',
  review: 'In review',
  published: 'Published',
};

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  facilitator: 'Facilitator',
  'note-taker': 'Note-taker',
  'incident-owner': 'Incident owner',
  responder: 'Responder',
  stakeholder: 'Stakeholder',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  'first-signal': 'First signal',
  alert: 'Alert',
  detection: 'Detection',
  escalation: 'Escalation',
  diagnosis: 'Diagnosis',
  'mitigation-attempt': 'Mitigation attempt',
  mitigation: 'Mitigation',
  'fix-deployed': 'Fix deployed',
  recovery: 'Recovery',
  decision: 'Decision',
  communication: 'Communication',
  other: 'Other',
};

export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  preventative: 'Preventative',
  detective: 'Detective',
  corrective: 'Corrective',
  mitigation: 'Mitigation',
  'process-improvement': 'Process improvement',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': "Won't do",
};

/** Fishbone categories as the workspace and the report name them. */
export const FISHBONE_CATEGORY_LABELS: Record<FishboneCategory, string> = {
  people: 'People',
  process: 'Process',
  tools: 'Tools',
  environment: 'Environment',
  methods: 'Methods',
  measurement: 'Measurement',
};

export const LESSON_KIND_LABELS: Record<LessonKind, string> = {
  'went-well': 'What went well',
  'went-wrong': 'What went wrong',
  'got-lucky': 'Where we got lucky',
};

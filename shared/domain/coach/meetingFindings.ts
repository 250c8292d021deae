import type { MeetingRecords } from '../../types';
import { checkLanguage, REFRAMINGS, type LanguageContext, type LanguageFinding } from './language';

/**
 * The language checks over a whole meeting: every free-text field the issue (#14) lists, each
 * finding with the record and field it is in and a stable key, so a dismissal ("this is fine
 * here") outlives edits elsewhere in the text.
 */

/** The free-text fields the coach reads, by record kind, with the names people see. */
export const COACHED_FIELDS = {
  meeting: { summary: 'Executive summary' },
  timeline: { description: 'Event description' },
  questions: { answer: 'Short answer' },
  questionNotes: { text: 'Question note' },
  rootCause: { primaryCause: 'Primary cause' },
  rootCauseItems: { text: 'Root-cause item' },
  lessons: { text: 'Lesson' },
  parkingLot: { text: 'Parking-lot item' },
  impact: { notes: 'Impact notes' },
  actionItems: { title: 'Action item' },
} as const;

export type CoachedKind = keyof typeof COACHED_FIELDS;
export type CoachedField = { [K in CoachedKind]: keyof (typeof COACHED_FIELDS)[K] }[CoachedKind] & string;

/** Where a finding is: one field of one record. */
export interface CoachTarget {
  kind: CoachedKind;
  recordId: string;
  field: CoachedField;
}

/** A language finding in its place in the meeting. */
export interface CoachFinding extends CoachTarget {
  /** Stable across edits: record, field, category and the words flagged. */
  key: string;
  fieldLabel: string;
  finding: LanguageFinding;
}

/** The key a dismissal is remembered by. */
export function findingKey(target: CoachTarget, finding: Pick<LanguageFinding, 'category' | 'span'>): string {
  const words = finding.span.toLowerCase().replace(/\s+/g, ' ').trim();
  return `${target.recordId}:${target.field}:${finding.category}:${words}`;
}

// Findings memoised on the text and its context, not on the record object: a reload of the
// meeting brings new objects with the same texts, and a save of one field must cost the other
// fields a lookup, not a re-check. Bounded, oldest first out, so a long session cannot grow it.
const CACHE_LIMIT = 5_000;
const memo = new Map<string, LanguageFinding[]>();

/** The findings of one text in its context, computed once per distinct text and context. */
export function fieldFindings(text: string, context: LanguageContext): LanguageFinding[] {
  const key = [
    context.contributingFactors ?? '',
    context.allowWhy ?? '',
    context.answersQuestion ?? '',
    ...(context.participantNames ?? []),
    text,
  ].join('\u0000');
  const known = memo.get(key);
  if (known) return known;
  const findings = checkLanguage(text, context);
  if (memo.size >= CACHE_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, findings);
  return findings;
}

/** The context the checks need from a meeting: who takes part, how many factors are recorded. */
export function meetingContext(
  records: Pick<MeetingRecords, 'participants' | 'rootCauseItems'>,
): LanguageContext {
  return {
    participantNames: records.participants.filter((p) => p.deletedAt === null).map((p) => p.name),
    contributingFactors: records.rootCauseItems.filter(
      (item) => item.deletedAt === null && item.kind === 'contributing-factor',
    ).length,
  };
}

function entries(records: MeetingRecords): CoachedText[] {
  const list: CoachedText[] = [
    { kind: 'meeting', record: records.meeting, field: 'summary', text: records.meeting.summary },
  ];
  const add = <R extends { id: string; deletedAt: number | null }>(
    kind: CoachedKind,
    rows: readonly R[],
    field: CoachedField,
    text: (row: R) => string,
  ) => {
    for (const row of rows)
      if (row.deletedAt === null) list.push({ kind, record: row, field, text: text(row) });
  };
  add('timeline', records.timeline, 'description', (event) => event.description);
  add('questions', records.questions, 'answer', (question) => question.answer);
  add('questionNotes', records.questionNotes, 'text', (note) => note.text);
  add(
    'rootCause',
    records.rootCause ? [records.rootCause] : [],
    'primaryCause',
    (cause) => cause.primaryCause,
  );
  add('rootCauseItems', records.rootCauseItems, 'text', (item) => item.text);
  add('lessons', records.lessons, 'text', (lesson) => lesson.text);
  add('parkingLot', records.parkingLot, 'text', (item) => item.text);
  add('impact', records.impact ? [records.impact] : [], 'notes', (impact) => impact.notes);
  add('actionItems', records.actionItems, 'title', (item) => item.title);
  return list;
}

/**
 * The context one field is checked in: the 5 whys may ask "why", and the answers and notes of
 * the three questions answer "what could we have done …?".
 */
function contextFor(base: LanguageContext, kind: CoachedKind, record: object): LanguageContext {
  if (kind === 'rootCauseItems' && (record as { kind?: string }).kind === 'why')
    return { ...base, allowWhy: true };
  if (kind === 'questions' || kind === 'questionNotes') return { ...base, answersQuestion: true };
  return base;
}

/**
 * The root-cause panel's own nudge: a primary cause with no contributing factor recorded, even
 * when it does not say "the root cause was" (complex systems fail for several reasons).
 */
function singleCauseOfPanel(found: LanguageFinding[], text: string, factors: number): LanguageFinding[] {
  if (factors > 0 || text.trim() === '' || found.some((f) => f.category === 'single-root-cause'))
    return found;
  const panel: LanguageFinding = {
    category: 'single-root-cause',
    start: text.length - text.trimStart().length,
    end: text.trimEnd().length,
    span: text.trim(),
    reframing: REFRAMINGS['single-root-cause'],
  };
  return [...found, panel];
}

/** One coached field of one record, with its text. */
export interface CoachedText {
  kind: CoachedKind;
  record: { id: string };
  field: CoachedField;
  text: string;
}

/**
 * The findings of one field, in its place in the meeting, with their keys; `base` is the
 * meeting's context (meetingContext). The root-cause panel also gets its own nudge when no
 * contributing factor is recorded. A text seen before costs a lookup (fieldFindings).
 */
export function findingsOfField(
  { kind, record, field, text }: CoachedText,
  base: LanguageContext,
): CoachFinding[] {
  const context = contextFor(base, kind, record);
  let found = fieldFindings(text, context);
  if (kind === 'rootCause') found = singleCauseOfPanel(found, text, context.contributingFactors ?? 0);
  if (found.length === 0) return [];
  const fieldLabel = (COACHED_FIELDS[kind] as Record<string, string>)[field]!;
  const target = { kind, recordId: record.id, field };
  return found.map((finding) => ({ ...target, key: findingKey(target, finding), fieldLabel, finding }));
}

/** Every language finding of a meeting, in field order; `dismissed` keys split them out. */
export function reviewMeetingLanguage(
  records: MeetingRecords,
  dismissed: ReadonlySet<string> = new Set(),
): { open: CoachFinding[]; dismissed: CoachFinding[] } {
  const base = meetingContext(records);
  const open: CoachFinding[] = [];
  const gone: CoachFinding[] = [];
  for (const entry of entries(records)) {
    for (const found of findingsOfField(entry, base)) (dismissed.has(found.key) ? gone : open).push(found);
  }
  return { open, dismissed: gone };
}

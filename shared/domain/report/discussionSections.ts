import type { MeetingRecords } from '../../types';
import { DEFAULT_AGENDA } from '../agenda/defaults';
import {
  ACTION_STATUS_LABELS,
  ACTION_TYPE_LABELS,
  FISHBONE_CATEGORY_LABELS,
  LESSON_KINDS,
  LESSON_KIND_LABELS,
  PARTICIPANT_ROLE_LABELS,
  QUESTIONS,
  type Question,
} from '../vocabulary';
import { linkOrText, ordered, textBlocks, type ReportBlock, type ReportText } from './reportBlocks';

/** Each question's title and prompt, taken from the practice's default agenda. */
function questionText(question: Question): { title: string; prompt: string } {
  const step = DEFAULT_AGENDA.find((candidate) => candidate.kind === question);
  return { title: step?.title ?? question, prompt: step?.prompt ?? '' };
}

const dash = (text: string) => text.trim() || '—';

function rootCauseBlocks(records: MeetingRecords): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const primary = records.rootCause?.primaryCause ?? '';
  if (primary.trim()) blocks.push({ kind: 'subheading', text: 'Primary cause' }, ...textBlocks(primary));
  const items = ordered(records.rootCauseItems, (item) => item.position);
  const factors = items
    .filter((item) => item.kind === 'contributing-factor')
    .map((item) => (item.category ? `${FISHBONE_CATEGORY_LABELS[item.category]}: ${item.text}` : item.text));
  if (factors.length > 0)
    blocks.push(
      { kind: 'subheading', text: 'Contributing factors' },
      { kind: 'list', ordered: false, items: factors },
    );
  const whys = items.filter((item) => item.kind === 'why').map((item) => item.text);
  if (whys.length > 0)
    blocks.push({ kind: 'subheading', text: '5 whys' }, { kind: 'list', ordered: true, items: whys });
  return blocks;
}

/** Action items in priority order; their 1-based position is the number the report shows. */
function rankedActions(records: MeetingRecords) {
  return ordered(records.actionItems, (item) => item.rank);
}

function questionBlocks(records: MeetingRecords): ReportBlock[] {
  const actions = rankedActions(records);
  const discussed =
    records.questions.some((state) => state.answer.trim() || state.nothingToDo) ||
    records.questionNotes.length > 0 ||
    actions.some((item) => item.question !== null);
  if (!discussed) return [];
  return QUESTIONS.flatMap((question): ReportBlock[] => {
    const { title, prompt } = questionText(question);
    const state = records.questions.find((candidate) => candidate.question === question);
    const notes = ordered(
      records.questionNotes.filter((note) => note.question === question),
      (note) => note.position,
    ).map((note) => note.text);
    const answering = actions
      .map((item, index) => ({ item, number: index + 1 }))
      .filter(({ item }) => item.question === question)
      .map(({ item, number }) => `#${number} ${item.title}`);
    const blocks: ReportBlock[] = [{ kind: 'subheading', text: title }];
    if (prompt) blocks.push({ kind: 'text', text: prompt });
    const answer = state?.answer.trim() ?? '';
    blocks.push({ kind: 'labelled', label: 'Answer', text: answer || 'Not answered.' });
    if (notes.length > 0) blocks.push({ kind: 'list', ordered: false, items: notes });
    if (answering.length > 0) {
      blocks.push({ kind: 'labelled', label: 'Action items', text: answering.join('; ') });
    } else if (state?.nothingToDo) {
      blocks.push({ kind: 'labelled', label: 'Action items', text: 'None needed (agreed in the meeting).' });
    }
    return blocks;
  });
}

function actionBlocks(records: MeetingRecords): ReportBlock[] {
  const actions = rankedActions(records);
  if (actions.length === 0) return [];
  const columns = ['#', 'Action', 'Owner', 'Due', 'Type', 'Success measure', 'Status', 'Link'];
  const rows = actions.map((item, index): ReportText[] => [
    String(index + 1),
    item.title,
    dash(item.owner),
    dash(item.dueDate ?? ''),
    ACTION_TYPE_LABELS[item.type],
    dash(item.successMeasure),
    ACTION_STATUS_LABELS[item.status],
    item.trackerUrl.trim() ? linkOrText(item.trackerUrl) : '—',
  ]);
  return [{ kind: 'table', columns, rows }];
}

function lessonBlocks(records: MeetingRecords): ReportBlock[] {
  return LESSON_KINDS.flatMap((kind): ReportBlock[] => {
    const items = ordered(
      records.lessons.filter((lesson) => lesson.kind === kind),
      (lesson) => lesson.position,
    ).map((lesson) => lesson.text);
    return items.length > 0
      ? [
          { kind: 'subheading', text: LESSON_KIND_LABELS[kind] },
          { kind: 'list', ordered: false, items },
        ]
      : [];
  });
}

function parkingLotBlocks(records: MeetingRecords): ReportBlock[] {
  const stepTitles = new Map(records.agenda.map((step) => [step.id, step.title]));
  const open = ordered(
    records.parkingLot.filter((item) => !item.resolved),
    (item) => item.createdAt,
  ).map((item) => {
    const step = item.stepId ? stepTitles.get(item.stepId) : undefined;
    return step ? `${item.text} (raised during ${step})` : item.text;
  });
  return open.length > 0 ? [{ kind: 'list', ordered: false, items: open }] : [];
}

function participantBlocks(records: MeetingRecords): ReportBlock[] {
  const people = ordered(records.participants, (person) => person.position);
  if (people.length === 0) return [];
  return [
    {
      kind: 'table',
      columns: ['Name', 'Role'],
      rows: people.map((person) => [person.name, PARTICIPANT_ROLE_LABELS[person.role]]),
    },
  ];
}

/** The sections the meeting discussed: root cause to participants, and the closing statement. */
export function discussionSections(records: MeetingRecords) {
  return {
    'root-cause': rootCauseBlocks(records),
    questions: questionBlocks(records),
    'action-items': actionBlocks(records),
    lessons: lessonBlocks(records),
    'parking-lot': parkingLotBlocks(records),
    participants: participantBlocks(records),
    closing: textBlocks(records.meeting.blamelessStatement),
  };
}

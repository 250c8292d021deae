import type { ActionType, Question } from '../vocabulary';

/**
 * The type a new item gets when it is captured while a question is discussed (issue #4): the
 * question already says what kind of change is wanted, so the note-taker need not pick one.
 */
const DEFAULT_TYPE: Record<Question, ActionType> = {
  remediate: 'corrective',
  detect: 'detective',
  prevent: 'preventative',
};

/** The default type of an item answering `question`; "corrective" for one answering none. */
export function defaultTypeFor(question: Question | null): ActionType {
  return question === null ? 'corrective' : DEFAULT_TYPE[question];
}

/** The three questions as a list or a chip names them. */
export const QUESTION_LABELS: Record<Question, string> = {
  remediate: 'Remediate faster',
  detect: 'Detect earlier',
  prevent: 'Prevent',
};

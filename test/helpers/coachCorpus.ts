import fs from 'node:fs';
import path from 'node:path';
import { checkActionItem } from '../../shared/domain/actionItems/quality';
import {
  checkLanguage,
  LANGUAGE_CATEGORIES,
  type LanguageCategory,
} from '../../shared/domain/coach/language';

/**
 * The coach's labelled corpora (test/fixtures/coach/*.jsonl) and the precision and recall of a
 * checker over them. The held-out part was written with the rest, before the checker, and is
 * only ever scored: tuning looks at the `tune` part alone.
 */

const FIXTURES = path.resolve(__dirname, '../fixtures/coach');

/** The participants of the meeting every corpus sentence is written in. */
export const CORPUS_PARTICIPANTS = [
  'Dave Morgan',
  'Kim Nguyen',
  'Priya Raman',
  'Will Turner',
  'Mark Otieno',
  'Yann Pelletier',
  'Bob Fischer',
];

export type CorpusSet = 'tune' | 'held-out';

export interface LanguageExample {
  set: CorpusSet;
  text: string;
  expect: LanguageCategory[];
  factors?: number;
  /** The sentence answers one of the three questions ("what could we have done …?"). */
  answers?: boolean;
}

export interface ActionItemExample {
  set: CorpusSet;
  title: string;
  /** The gap a facilitator would name, or null for a specific item. */
  expect: string | null;
}

function readJsonLines<T>(name: string): T[] {
  return fs
    .readFileSync(path.join(FIXTURES, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const languageCorpus = () => readJsonLines<LanguageExample>('language-corpus.jsonl');
export const actionItemCorpus = () => readJsonLines<ActionItemExample>('action-item-corpus.jsonl');

/** Precision and recall of one label, from counts. */
export interface Score {
  label: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Scores per label: each example's predicted labels against its expected ones. */
export function score(
  labels: readonly string[],
  examples: readonly { expected: readonly string[]; predicted: readonly string[] }[],
): Score[] {
  return labels.map((label) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { expected, predicted } of examples) {
      const want = expected.includes(label);
      const got = predicted.includes(label);
      if (want && got) truePositives += 1;
      else if (got) falsePositives += 1;
      else if (want) falseNegatives += 1;
    }
    const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
    return {
      label,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: ratio(truePositives, truePositives + falsePositives),
      recall: ratio(truePositives, truePositives + falseNegatives),
    };
  });
}

/** The language checker's predictions over one part of the corpus. */
export function languagePredictions(set: CorpusSet) {
  return languageCorpus()
    .filter((example) => example.set === set)
    .map((example) => ({
      text: example.text,
      expected: example.expect,
      predicted: [
        ...new Set(
          checkLanguage(example.text, {
            participantNames: CORPUS_PARTICIPANTS,
            ...(example.factors === undefined ? {} : { contributingFactors: example.factors }),
            ...(example.answers ? { answersQuestion: true } : {}),
          }).map((finding) => finding.category),
        ),
      ],
    }));
}

export const languageScores = (set: CorpusSet) => score(LANGUAGE_CATEGORIES, languagePredictions(set));

/** A table of scores, for the bench's output. */
export function formatScores(title: string, scores: readonly Score[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(0)} %`.padStart(6);
  const rows = scores.map(
    (s) =>
      `  ${s.label.padEnd(22)} precision ${percent(s.precision)}  recall ${percent(s.recall)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`,
  );
  return [title, ...rows].join('\n');
}

const ACTION_ITEM_GAPS = ['aspirational', 'training-only', 'try-harder', 'investigation'] as const;

/** The action-item check's predictions over one part of its corpus (title only; the rest is specific). */
export function actionItemPredictions(set: CorpusSet) {
  return actionItemCorpus()
    .filter((example) => example.set === set)
    .map((example) => {
      const title = checkActionItem({
        title: example.title,
        owner: 'Platform team',
        dueDate: '2026-06-01',
        successMeasure: 'The drill passes',
        status: 'open',
      }).find((finding) => finding.field === 'title');
      return {
        text: example.title,
        expected: example.expect === null ? [] : [example.expect, 'vague'],
        predicted: title?.gap ? [title.gap, 'vague'] : [],
      };
    });
}

export const actionItemScores = (set: CorpusSet) =>
  score(['vague', ...ACTION_ITEM_GAPS], actionItemPredictions(set));

import { bench, describe } from 'vitest';
import { checkLanguage } from '../../shared/domain/coach/language';
import {
  actionItemScores,
  CORPUS_PARTICIPANTS,
  formatScores,
  languageCorpus,
  languageScores,
} from '../helpers/coachCorpus';

// Issue #14: the coach's precision and recall per category on the held-out part of its own
// corpora (test/fixtures/coach), which the rules were never tuned on. Printed, never asserted:
// the unit tests check behaviour, these are the figures (aim: precision >= 0.9, recall >= 0.8).
console.log(formatScores('Language checks, held-out sentences', languageScores('held-out')));
console.log(formatScores('Language checks, tuning sentences', languageScores('tune')));
console.log(formatScores('Action-item titles, held-out items', actionItemScores('held-out')));
console.log(formatScores('Action-item titles, tuning items', actionItemScores('tune')));

const sentences = languageCorpus().map((example) => example.text);
const meetingText = sentences.join(' ').repeat(20);

describe('language checks', () => {
  bench('every corpus sentence, one by one', () => {
    for (const text of sentences) checkLanguage(text, { participantNames: CORPUS_PARTICIPANTS });
  });
  bench(`one text of ${Math.round(meetingText.length / 1000)} k characters`, () => {
    checkLanguage(meetingText, { participantNames: CORPUS_PARTICIPANTS });
  });
});

import { z } from 'zod';
import { records } from './records';
import { fieldsOf, nonEmptyPatch, recordId, recordMethods } from './crud';
import { method } from './define';
import type { Impact, QuestionState, RootCause } from '../types';

/**
 * What the meeting discusses after the facts: impact, the three questions with their notes,
 * root-cause material and lessons. Impact and root cause are one per meeting, so they are
 * updated in place (created on first write); the lists have the usual four methods.
 */

export const discussionMethods = {
  'impact.update': method(
    z.object({ meetingId: recordId, patch: nonEmptyPatch(fieldsOf('impact')) }),
  ).returns<Impact>(),
  'questions.update': method(
    z.object({
      meetingId: recordId,
      question: records.Question.shape.question,
      patch: nonEmptyPatch(fieldsOf('questions')),
    }),
  ).returns<QuestionState>(),
  'rootCause.update': method(
    z.object({ meetingId: recordId, patch: nonEmptyPatch(fieldsOf('rootCause')) }),
  ).returns<RootCause>(),
  ...recordMethods('questionNotes'),
  ...recordMethods('rootCauseItems'),
  ...recordMethods('lessons'),
};

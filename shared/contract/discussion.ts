import { z } from 'zod';
import { records } from './records';
import { crudMethods, nonEmptyPatch, recordId } from './crud';
import { method } from './define';
import type { Impact, Lesson, QuestionNote, QuestionState, RootCause, RootCauseItem } from '../types';

/**
 * What the meeting discusses after the facts: impact, the three questions with their notes,
 * root-cause material and lessons. Impact and root cause are one per meeting, so they are
 * updated in place (created on first write); the lists have the usual four methods.
 */

export const ImpactFields = records.Impact.omit({
  id: true,
  meetingId: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  createdBy: true,
}).extend({
  // Without the record's bundle default: a default here would put it into every patch.
  mappedAt: records.Impact.shape.mappedAt.unwrap(),
});

export const QuestionFields = records.Question.pick({ answer: true, answered: true, nothingToDo: true });
export const QuestionNoteFields = records.QuestionNote.pick({ question: true, text: true, position: true });
export const RootCauseFields = records.RootCause.pick({ primaryCause: true });
export const RootCauseItemFields = records.RootCauseItem.pick({
  kind: true,
  text: true,
  category: true,
  position: true,
});
export const LessonFields = records.Lesson.pick({ kind: true, text: true, position: true });

export const discussionMethods = {
  'impact.update': method(
    z.object({ meetingId: recordId, patch: nonEmptyPatch(ImpactFields) }),
  ).returns<Impact>(),
  'questions.update': method(
    z.object({
      meetingId: recordId,
      question: records.Question.shape.question,
      patch: nonEmptyPatch(QuestionFields),
    }),
  ).returns<QuestionState>(),
  'rootCause.update': method(
    z.object({ meetingId: recordId, patch: nonEmptyPatch(RootCauseFields) }),
  ).returns<RootCause>(),
  ...crudMethods('questionNotes', QuestionNoteFields, ['question', 'text'])<QuestionNote>(),
  ...crudMethods('rootCauseItems', RootCauseItemFields, ['kind', 'text'])<RootCauseItem>(),
  ...crudMethods('lessons', LessonFields, ['kind', 'text'])<Lesson>(),
};

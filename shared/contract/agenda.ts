import { z } from 'zod';
import { records } from './records';
import { crudMethods, recordId } from './crud';
import { method } from './define';
import type { AgendaStep } from '../types';

/** What a person edits on a step; timer fields change only through timer methods. */
export const AgendaStepFields = records.AgendaStep.pick({
  kind: true,
  title: true,
  prompt: true,
  plannedSeconds: true,
  position: true,
  skipped: true,
  completed: true,
});

/**
 * A new agenda order: every live step of the meeting, each once, first to last. `basedOn` is the
 * order the window showed; when the stored order differs the move is refused (`conflict`).
 */
export const ReorderStepsInput = z.object({
  meetingId: recordId,
  orderedIds: z.array(recordId).max(1_000, 'more than 1,000 steps'),
  basedOn: z.array(recordId).max(1_000, 'more than 1,000 steps').optional(),
});

export const agendaMethods = {
  ...crudMethods('agendaSteps', AgendaStepFields, ['title'])<AgendaStep>(),
  /** Saves a new step order in one transaction (positions 0..n-1); answers the steps in order. */
  'agendaSteps.reorder': method(ReorderStepsInput).returns<AgendaStep[]>(),
};

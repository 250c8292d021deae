import { records } from './records';
import { crudMethods } from './crud';
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

export const agendaMethods = crudMethods('agendaSteps', AgendaStepFields, ['title'])<AgendaStep>();

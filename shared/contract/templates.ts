import { z } from 'zod';
import { method } from './define';
import { RecordRef, recordId } from './crud';
import { records, utcMs } from './records';

/** One step of a template: what a new meeting's step starts from, without timer state. */
export const TemplateStep = records.AgendaStep.pick({
  kind: true,
  title: true,
  prompt: true,
  plannedSeconds: true,
});

/**
 * A named agenda a facilitator saved from a meeting, to start new meetings from (DESIGN.md
 * section 2: "timeboxes are editable per meeting and per template"). Not part of any meeting,
 * so it never travels in a bundle.
 */
export const AgendaTemplateRecord = z.object({
  id: recordId,
  name: z.string().min(1, 'empty').max(200, 'longer than 200 characters'),
  steps: z.array(TemplateStep).min(1, 'no steps').max(200, 'more than 200 steps'),
  createdAt: utcMs,
  updatedAt: utcMs,
  deletedAt: utcMs.nullable(),
  createdBy: z.string().min(1).max(200),
});

export type AgendaTemplate = z.output<typeof AgendaTemplateRecord>;

export const SaveTemplateInput = z.object({
  meetingId: recordId,
  name: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    AgendaTemplateRecord.shape.name,
  ),
});

export const templateMethods = {
  /** Every template not deleted, by name. */
  'templates.list': method(z.object({})).returns<AgendaTemplate[]>(),
  /**
   * Saves the meeting's agenda (steps not skipped, in order, with their timeboxes) under `name`;
   * a template of the same name (ignoring case) is replaced rather than duplicated.
   */
  'templates.saveFromMeeting': method(SaveTemplateInput).returns<AgendaTemplate>(),
  /** Marks a template deleted; meetings made from it keep their agenda. */
  'templates.delete': method(RecordRef).returns<AgendaTemplate>(),
};

import { z } from 'zod';
import { userText } from './text';
import { method } from './define';
import { RecordRef, recordId } from './crud';
import { records, utcMs } from './records';

/** One step of a template: what a new meeting's step starts from, without timer state. */
export const TemplateStep = records.AgendaStep.pick({
  kind: true,
  title: true,
  prompt: true,
  plannedSeconds: true,
}).extend({
  /** Names the step while its template is edited (a reorder, a removal); meetings get their own ids. */
  id: recordId,
});

const TemplateName = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  userText(200).min(1, 'empty'),
);

/**
 * A named agenda to start new meetings from (DESIGN.md section 2: "timeboxes are editable per
 * meeting and per template"), saved from a meeting's agenda and edited on its own. Not part of
 * any meeting, so it never travels in a bundle.
 */
export const AgendaTemplateRecord = z.object({
  id: recordId,
  name: TemplateName,
  steps: z.array(TemplateStep).min(1, 'no steps').max(200, 'more than 200 steps'),
  createdAt: utcMs,
  updatedAt: utcMs,
  deletedAt: utcMs.nullable(),
  createdBy: z.string().min(1).max(200),
});

export type AgendaTemplate = z.output<typeof AgendaTemplateRecord>;

export const SaveTemplateInput = z.object({ meetingId: recordId, name: TemplateName });

/** A step as the template editor sends it: a new one has no id yet (the core gives it one). */
export const EditedTemplateStep = TemplateStep.extend({
  id: recordId.optional(),
  kind: TemplateStep.shape.kind.default('custom'),
});

export type EditedTemplateStep = z.input<typeof EditedTemplateStep>;

/** A new name, or the whole new list of steps (first to last), or both. */
export const UpdateTemplateInput = z.object({
  id: recordId,
  patch: z
    .object({
      name: TemplateName.optional(),
      steps: z
        .array(EditedTemplateStep)
        .min(1, 'a template needs at least one step')
        .max(200, 'more than 200 steps')
        .refine((steps) => {
          const ids = steps.flatMap((step) => (step.id ? [step.id] : []));
          return new Set(ids).size === ids.length;
        }, 'names the same step twice')
        .optional(),
    })
    .refine((patch) => patch.name !== undefined || patch.steps !== undefined, 'nothing to change'),
});

export const templateMethods = {
  /** Every template not deleted, by name. */
  'templates.list': method(z.object({})).returns<AgendaTemplate[]>(),
  /**
   * Saves the meeting's agenda (steps not skipped, in order, with their timeboxes) under `name`;
   * a template of the same name (ignoring case) is replaced rather than duplicated.
   */
  'templates.saveFromMeeting': method(SaveTemplateInput).returns<AgendaTemplate>(),
  /**
   * Renames a template and/or replaces its steps, in one transaction. A name another template
   * has (ignoring case) is refused with `conflict`; meetings made from it keep their agenda.
   */
  'templates.update': method(UpdateTemplateInput).returns<AgendaTemplate>(),
  /** Marks a template deleted; meetings made from it keep their agenda. */
  'templates.delete': method(RecordRef).returns<AgendaTemplate>(),
  /** Undoes a delete; refused with `conflict` when a live template has taken its name since. */
  'templates.restore': method(RecordRef).returns<AgendaTemplate>(),
};

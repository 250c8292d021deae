import { orderedSteps } from '../../../shared/domain/agenda/walk';
import type { AgendaTemplate } from '../../../shared/contract/templates';
import { HandlerError, type HandlerContext, type Handlers } from './context';
import { liveMeeting } from './meetings';

type TemplateMethodName = 'templates.list' | 'templates.saveFromMeeting' | 'templates.delete';

/** The live template with this id, or a `not-found` error. */
export function liveTemplate(context: HandlerContext, id: string): AgendaTemplate {
  const template = context.store().templates.get(id);
  if (!template || template.deletedAt !== null) {
    throw new HandlerError('not-found', `No agenda template with id ${id}.`, [
      { path: 'templateId', message: 'names no agenda template' },
    ]);
  }
  return template;
}

/**
 * Agenda templates. They belong to no meeting, so no `meetingChanged` goes out: the only view
 * of them (the new-meeting dialog) reads the list each time it opens.
 */
export const templateHandlers: Pick<Handlers, TemplateMethodName> = {
  'templates.list': (_input, context) => context.store().templates.listLive(),

  'templates.saveFromMeeting': (input, context) => {
    const store = context.store();
    return store.transaction(() => {
      liveMeeting(context, input.meetingId);
      // Skipped steps were left out of this meeting on purpose; the template keeps the agenda
      // that was actually planned.
      const steps = orderedSteps(store.tables.agenda.listWhere('meetingId', input.meetingId, false))
        .filter((step) => !step.skipped)
        .map(({ kind, title, prompt, plannedSeconds }) => ({ kind, title, prompt, plannedSeconds }));
      if (steps.length === 0) {
        throw new HandlerError('invalid-input', 'Not saved: every step of this agenda is skipped.');
      }
      const now = context.now();
      const same = store.templates.findByName(input.name);
      if (same) return store.templates.update(same.id, { name: input.name, steps, updatedAt: now });
      return store.templates.insert({
        id: context.newId(),
        name: input.name,
        steps,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        createdBy: context.deviceId(),
      });
    });
  },

  'templates.delete': (input, context) => {
    const store = context.store();
    return store.transaction(() => {
      liveTemplate(context, input.id);
      const now = context.now();
      return store.templates.update(input.id, { deletedAt: now, updatedAt: now });
    });
  },
};

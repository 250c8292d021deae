import { orderedSteps } from '../../../shared/domain/agenda/walk';
import type { AgendaTemplate } from '../../../shared/contract/templates';
import type { Store } from '../repos/store';
import { HandlerError, type HandlerContext, type Handlers } from './context';
import { liveMeeting } from './meetings';

type TemplateMethodName =
  | 'templates.list'
  | 'templates.saveFromMeeting'
  | 'templates.update'
  | 'templates.delete'
  | 'templates.restore';

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

/** Another live template with this name (ignoring case): the library lists them by name. */
function otherNamed(store: Store, name: string, ownId: string): AgendaTemplate | undefined {
  const same = store.templates.findByName(name);
  return same && same.id !== ownId ? same : undefined;
}

/**
 * Agenda templates. They belong to no meeting, so no `meetingChanged` goes out: the views of
 * them (the Templates screen, the new-meeting dialog) read the list each time they appear.
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
        .map(({ kind, title, prompt, plannedSeconds }) => ({
          id: context.newId(),
          kind,
          title,
          prompt,
          plannedSeconds,
        }));
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

  'templates.update': (input, context) => {
    const store = context.store();
    return store.transaction(() => {
      liveTemplate(context, input.id);
      const { name, steps } = input.patch;
      const taken = name === undefined ? undefined : otherNamed(store, name, input.id);
      if (taken) {
        throw new HandlerError('conflict', `Not saved: a template named “${taken.name}” already exists.`, [
          { path: 'patch.name', message: 'another template has this name' },
        ]);
      }
      return store.templates.update(input.id, {
        ...(name !== undefined ? { name } : {}),
        ...(steps !== undefined
          ? { steps: steps.map((step) => ({ ...step, id: step.id ?? context.newId() })) }
          : {}),
        updatedAt: context.now(),
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

  'templates.restore': (input, context) => {
    const store = context.store();
    return store.transaction(() => {
      const template = store.templates.get(input.id);
      if (!template) {
        throw new HandlerError('not-found', `No agenda template with id ${input.id}.`, [
          { path: 'id', message: 'names no agenda template' },
        ]);
      }
      if (template.deletedAt === null) return template;
      if (otherNamed(store, template.name, template.id)) {
        throw new HandlerError(
          'conflict',
          `Not restored: another template is now named “${template.name}”. Rename that one first.`,
        );
      }
      return store.templates.update(input.id, { deletedAt: null, updatedAt: context.now() });
    });
  },
};

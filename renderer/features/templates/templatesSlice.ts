import type { HindsightApi } from '../../../shared/contract';
import type { ContractError } from '../../../shared/contract/errors';
import type { AgendaTemplate, EditedTemplateStep } from '../../../shared/contract/templates';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export type TemplateSteps = AgendaTemplate['steps'];

export interface TemplatesSlice {
  templates: {
    /** Whether the window shows the Templates view instead of the meetings library. */
    open: boolean;
    /** The saved templates by name, as last read (the new-meeting dialog reads them too). */
    list: AgendaTemplate[];
    /** The template open for editing: the first until another is chosen. */
    chosenId: string | null;
    loaded: boolean;
    error: ContractError | null;
  };
  openTemplates(): void;
  closeTemplates(): void;
  chooseTemplate(id: string): void;
  loadTemplates(): Promise<void>;
  /** Renames a template: true once saved, or why not, to show at the name field. */
  renameTemplate(id: string, name: string): Promise<true | string>;
  /**
   * Saves `change` applied to the template's latest steps, in one call. Edits are queued, so one
   * made while another is saving builds on it instead of overwriting it. A list whose steps all
   * have ids (an edit, a removal, a move) shows at once and goes back if the save is refused.
   */
  editTemplateSteps(id: string, change: (steps: TemplateSteps) => EditedTemplateStep[]): Promise<boolean>;
  /** Removes one step and offers Undo, which puts it back in its place. */
  removeTemplateStep(id: string, stepId: string): Promise<boolean>;
  /** Deletes a template (soft) and offers Undo. */
  deleteTemplate(id: string): Promise<boolean>;
  restoreTemplate(id: string): Promise<void>;
}

function hasIds(steps: EditedTemplateStep[]): steps is TemplateSteps {
  return steps.every((step) => step.id !== undefined);
}

/**
 * The agenda templates, listed and edited on their own (the Templates view) and offered when a
 * meeting is created. Each change is one core call, so one transaction; the saved template
 * replaces the shown one.
 */
export function createTemplatesSlice(api: HindsightApi): SliceCreator<TemplatesSlice> {
  return (set, get) => {
    let queue: Promise<unknown> = Promise.resolve();
    const patch = (templates: Partial<TemplatesSlice['templates']>) =>
      set((state) => ({ templates: { ...state.templates, ...templates } }));
    const put = (saved: AgendaTemplate) =>
      patch({ list: get().templates.list.map((template) => (template.id === saved.id ? saved : template)) });
    const find = (id: string) => get().templates.list.find((template) => template.id === id);

    return {
      templates: { open: false, list: [], chosenId: null, loaded: false, error: null },

      openTemplates() {
        patch({ open: true });
        void get().loadTemplates();
      },

      closeTemplates: () => patch({ open: false }),

      chooseTemplate: (id) => patch({ chosenId: id }),

      async loadTemplates() {
        const result = await settle(api['templates.list']({}));
        if (!result.ok) return patch({ error: result.error, loaded: true });
        // A rename can move the chosen template in the list: it stays chosen.
        const { chosenId } = get().templates;
        const kept = result.value.some((template) => template.id === chosenId);
        patch({
          list: result.value,
          chosenId: kept ? chosenId : (result.value[0]?.id ?? null),
          loaded: true,
          error: null,
        });
      },

      async renameTemplate(id, name) {
        const result = await settle(api['templates.update']({ id, patch: { name } }));
        if (!result.ok) return result.error.message;
        // The list is ordered by name, which the core decides.
        await get().loadTemplates();
        return true;
      },

      editTemplateSteps(id, change) {
        const save = async () => {
          const before = find(id);
          if (!before) return false;
          const steps = change(before.steps);
          if (hasIds(steps)) put({ ...before, steps });
          const result = await settle(api['templates.update']({ id, patch: { steps } }));
          if (result.ok) {
            put(result.value);
            return true;
          }
          put(before);
          get().reportError(result.error);
          return false;
        };
        const saved = queue.then(save, save);
        queue = saved;
        return saved;
      },

      async removeTemplateStep(id, stepId) {
        const steps = find(id)?.steps ?? [];
        const index = steps.findIndex((step) => step.id === stepId);
        const removed = steps[index];
        if (!removed) return false;
        const saved = await get().editTemplateSteps(id, (latest) =>
          latest.filter((step) => step.id !== stepId),
        );
        if (saved) {
          get().notify({
            tone: 'status',
            message: `Removed step “${removed.title}”.`,
            action: {
              label: 'Undo',
              run: async () => {
                await get().editTemplateSteps(id, (latest) => [
                  ...latest.slice(0, index),
                  removed,
                  ...latest.slice(index),
                ]);
              },
            },
          });
        }
        return saved;
      },

      async deleteTemplate(id) {
        const result = await settle(api['templates.delete']({ id }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        const { list, chosenId } = get().templates;
        const index = list.findIndex((template) => template.id === id);
        const rest = list.filter((template) => template.id !== id);
        patch({
          list: rest,
          chosenId: chosenId === id ? ((rest[index] ?? rest.at(-1))?.id ?? null) : chosenId,
        });
        get().notify({
          tone: 'status',
          message: `Deleted template “${result.value.name}”.`,
          action: { label: 'Undo', run: () => get().restoreTemplate(id) },
        });
        return true;
      },

      async restoreTemplate(id) {
        const result = await settle(api['templates.restore']({ id }));
        if (!result.ok) return get().reportError(result.error);
        await get().loadTemplates();
      },
    };
  };
}

import type { HindsightApi } from '../../../shared/contract';
import { settle } from '../../bridge/api';
import type { NewRecord, RecordPatch } from '../../store/recordActionsSlice';
import type { SliceCreator } from '../../store/sliceCreator';

export type AgendaStepPatch = RecordPatch<'agenda'>;
export type NewAgendaStep = NewRecord<'agenda'>;

export interface AgendaSlice {
  agendaUi: {
    /** The agenda editor dialog, opened from the console and the overview. */
    editorOpen: boolean;
  };
  setAgendaEditorOpen(open: boolean): void;
  /** Saves a change to one step; true once committed, false (with a notice) when refused. */
  updateAgendaStep(id: string, patch: AgendaStepPatch): Promise<boolean>;
  /** Appends a custom step to the open meeting's agenda. */
  addAgendaStep(fields: NewAgendaStep): Promise<boolean>;
  /** Deletes a step (soft) and offers Undo. */
  removeAgendaStep(id: string): Promise<boolean>;
  restoreAgendaStep(id: string): Promise<void>;
  /** Shows the new order at once and saves it in one call; puts the saved order back on failure. */
  reorderAgendaSteps(orderedIds: readonly string[]): Promise<boolean>;
  /** Saves the open meeting's agenda as a named template; true once saved. */
  saveAgendaTemplate(name: string): Promise<boolean>;
}

/**
 * Editing the open meeting's agenda, before or during the meeting. Every change is one core call
 * (one transaction, store/recordActionsSlice.ts) and the saved steps replace the shown ones;
 * `meetingChanged` then brings the projector and any other window along.
 */
export function createAgendaSlice(api: HindsightApi): SliceCreator<AgendaSlice> {
  return (set, get) => {
    const setUi = (agendaUi: Partial<AgendaSlice['agendaUi']>) =>
      set((state) => ({ agendaUi: { ...state.agendaUi, ...agendaUi } }));

    return {
      agendaUi: { editorOpen: false },

      setAgendaEditorOpen: (open) => setUi({ editorOpen: open }),

      updateAgendaStep: (id, patch) => get().updateRecord('agenda', id, patch),
      addAgendaStep: (fields) => get().addRecord('agenda', { kind: 'custom', ...fields }),
      removeAgendaStep: (id) =>
        get().removeRecord('agenda', id, { removed: (step) => `Removed step “${step.title}”.` }),
      restoreAgendaStep: async (id) => void (await get().restoreRecord('agenda', id)),
      reorderAgendaSteps: (orderedIds) => get().reorderRecords('agenda', orderedIds),

      async saveAgendaTemplate(name) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return false;
        const result = await settle(api['templates.saveFromMeeting']({ meetingId, name }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        get().notify({ tone: 'status', message: `Saved the agenda as template “${result.value.name}”.` });
        await get().loadTemplates();
        return true;
      },
    };
  };
}

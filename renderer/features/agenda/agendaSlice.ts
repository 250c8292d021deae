import type { HindsightApi, Input } from '../../../shared/contract';
import { orderedSteps } from '../../../shared/domain/agenda/walk';
import type { AgendaStep } from '../../../shared/types';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export type AgendaStepPatch = Input<'agenda.update'>['patch'];
export type NewAgendaStep = Omit<Input<'agenda.add'>, 'meetingId'>;

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
 * (one transaction) and the saved steps replace the shown ones; `meetingChanged` then brings the
 * projector and any other window along.
 */
export function createAgendaSlice(api: HindsightApi): SliceCreator<AgendaSlice> {
  return (set, get) => {
    const setSteps = (meetingId: string, update: (steps: AgendaStep[]) => AgendaStep[]) =>
      set((state) => {
        const records = state.overview.records;
        if (!records || records.meeting.id !== meetingId) return {};
        return { overview: { ...state.overview, records: { ...records, agenda: update(records.agenda) } } };
      });
    const putSaved = (saved: AgendaStep) =>
      setSteps(saved.meetingId, (steps) =>
        orderedSteps([...steps.filter((step) => step.id !== saved.id), saved]),
      );
    const setUi = (agendaUi: Partial<AgendaSlice['agendaUi']>) =>
      set((state) => ({ agendaUi: { ...state.agendaUi, ...agendaUi } }));

    return {
      agendaUi: { editorOpen: false },

      setAgendaEditorOpen: (open) => setUi({ editorOpen: open }),

      async updateAgendaStep(id, patch) {
        const result = await settle(api['agenda.update']({ id, patch }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        putSaved(result.value);
        return true;
      },

      async addAgendaStep(fields) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return false;
        const result = await settle(api['agenda.add']({ kind: 'custom', ...fields, meetingId }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        putSaved(result.value);
        return true;
      },

      async removeAgendaStep(id) {
        const result = await settle(api['agenda.remove']({ id }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        setSteps(result.value.meetingId, (steps) => steps.filter((step) => step.id !== id));
        get().notify({
          tone: 'status',
          message: `Removed step “${result.value.title}”.`,
          action: { label: 'Undo', run: () => get().restoreAgendaStep(id) },
        });
        return true;
      },

      async restoreAgendaStep(id) {
        const result = await settle(api['agenda.restore']({ id }));
        if (!result.ok) return get().reportError(result.error);
        putSaved(result.value);
      },

      async reorderAgendaSteps(orderedIds) {
        const records = get().overview.records;
        if (!records) return false;
        const meetingId = records.meeting.id;
        const before = orderedSteps(records.agenda);
        // Optimistic (STYLE B5); `basedOn` lets the core refuse a move made on a stale list.
        const place = new Map(orderedIds.map((id, index) => [id, index]));
        setSteps(meetingId, (steps) =>
          steps
            .map((step) => ({ ...step, position: place.get(step.id) ?? step.position }))
            .sort((a, b) => a.position - b.position),
        );
        const result = await settle(
          api['agenda.reorder']({
            meetingId,
            orderedIds: [...orderedIds],
            basedOn: before.map((step) => step.id),
          }),
        );
        if (result.ok) {
          setSteps(meetingId, () => result.value);
          return true;
        }
        setSteps(meetingId, () => before);
        get().reportError(result.error);
        await get().reloadOpenMeeting();
        return false;
      },

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

import type { HindsightApi, Input } from '../../../shared/contract';
import type { ActionItem, QuestionState } from '../../../shared/types';
import { QUESTIONS, type Question } from '../../../shared/domain/vocabulary';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { applyOrder } from '../../../shared/domain/actionItems/rank';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';
import type { AppState } from '../../store/createAppStore';
import type { ExportState } from '../../components/ExportStatus';

export type ActionItemPatch = Input<'actionItems.update'>['patch'];
export type NewActionItem = Omit<Input<'actionItems.add'>, 'meetingId'>;

/** A quick-add box: the one bound to a question step, or the one above the ranked list. */
export type QuickAddTarget = Question | 'list';

/**
 * The quick-add box on screen now: the console's question step has its own, the Action review
 * step and the Action items tab the list's; null where there is none.
 */
function quickAddOnScreen(state: AppState): QuickAddTarget | null {
  const { section, records } = state.overview;
  if (section === 'actions') return 'list';
  if (section !== 'live' || !records) return null;
  const kind = records.agenda.find((step) => step.id === records.meeting.currentStepId)?.kind;
  if (kind === 'action-review') return 'list';
  return QUESTIONS.find((question) => question === kind) ?? null;
}

export interface ActionItemsSlice {
  actionItemsUi: {
    /**
     * The box the quick-add shortcut asked to focus, cleared by that box once it took focus; a
     * pending request rather than a counter, so opening the tab later does not pull focus off
     * the tabs.
     */
    quickAddFocusPending: QuickAddTarget | null;
    exportState: ExportState;
  };
  /** Writes the open meeting's items to a file the person picks (CSV or Markdown checklist). */
  exportActionItems(format: 'csv' | 'markdown'): Promise<void>;
  quickAddFocused(): void;
  /**
   * Ctrl/⌘+Shift+A from anywhere in a meeting: focuses the quick-add box on screen (in a question
   * step, the one bound to that question), or shows the Action items tab and focuses its box.
   */
  focusQuickAdd(): void;
  /** Puts one item on the clipboard as a tracker issue's body (main writes the clipboard). */
  copyActionItemAsIssue(id: string): Promise<void>;
  /** Adds an item at the end of the open meeting's list; true once it is saved. */
  addActionItem(fields: NewActionItem): Promise<boolean>;
  /** Saves a change to one item; true once it is saved, false (with a notice) when refused. */
  updateActionItem(id: string, patch: ActionItemPatch): Promise<boolean>;
  /** Deletes an item (soft) and offers Undo. */
  removeActionItem(id: string): Promise<boolean>;
  restoreActionItem(id: string): Promise<void>;
  /** Records that `question` needs no action item (or undoes that), so review stops flagging it. */
  setNothingToDo(question: Question, nothingToDo: boolean): Promise<void>;
  /** Shows the new order at once and saves it; puts the saved order back when the save fails. */
  reorderActionItems(orderedIds: readonly string[]): Promise<boolean>;
}

/** The items in priority order, as the list shows them; equal ranks by id, as the core lists them. */
export function byRank(items: readonly ActionItem[]): ActionItem[] {
  return items.slice().sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
}

export function createActionItemsSlice(api: HindsightApi): SliceCreator<ActionItemsSlice> {
  return (set, get) => {
    /** Replaces the open meeting's items, if `meetingId` is still the one open. */
    const setItems = (meetingId: string, update: (items: ActionItem[]) => ActionItem[]) =>
      set((state) => {
        const records = state.overview.records;
        if (!records || records.meeting.id !== meetingId) return {};
        return {
          overview: { ...state.overview, records: { ...records, actionItems: update(records.actionItems) } },
        };
      });
    // The saved record replaces the shown one; meetingChanged reloads the whole meeting anyway,
    // but this way the row shows the committed value without waiting for that round trip.
    const putSaved = (saved: ActionItem) =>
      setItems(saved.meetingId, (items) => byRank([...items.filter((item) => item.id !== saved.id), saved]));
    const dropItem = (saved: ActionItem) =>
      setItems(saved.meetingId, (items) => items.filter((item) => item.id !== saved.id));

    return {
      actionItemsUi: { quickAddFocusPending: null, exportState: { state: 'idle' } },

      focusQuickAdd() {
        const target = quickAddOnScreen(get());
        if (target === null) get().showSection('actions');
        set((state) => ({
          actionItemsUi: { ...state.actionItemsUi, quickAddFocusPending: target ?? 'list' },
        }));
      },

      quickAddFocused() {
        set((state) => ({ actionItemsUi: { ...state.actionItemsUi, quickAddFocusPending: null } }));
      },

      async copyActionItemAsIssue(id) {
        const result = await settle(api['actionItems.copyAsIssue']({ id }));
        if (!result.ok) return get().reportError(result.error);
        const title = get().overview.records?.actionItems.find((item) => item.id === id)?.title;
        get().notify({
          tone: 'status',
          message: title ? `Copied “${title}” as an issue body.` : 'Copied the item as an issue body.',
        });
      },

      async exportActionItems(format) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return;
        const show = (exportState: ExportState) =>
          set((state) => ({ actionItemsUi: { ...state.actionItemsUi, exportState } }));
        show({ state: 'pending' });
        const result = await settle(api['actionItems.exportToFile']({ meetingId, format }));
        if (!result.ok) return show({ state: 'failed', error: result.error });
        show(
          result.value === null
            ? { state: 'cancelled' }
            : { state: 'saved', filePath: result.value.filePath },
        );
      },

      async addActionItem(fields) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return false;
        const result = await settle(api['actionItems.add']({ ...fields, meetingId }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        putSaved(result.value);
        return true;
      },

      async updateActionItem(id, patch) {
        const result = await settle(api['actionItems.update']({ id, patch }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        putSaved(result.value);
        return true;
      },

      async removeActionItem(id) {
        const result = await settle(api['actionItems.remove']({ id }));
        if (!result.ok) {
          get().reportError(result.error);
          return false;
        }
        dropItem(result.value);
        get().notify({
          tone: 'status',
          message: `Deleted action item “${result.value.title}”.`,
          action: { label: 'Undo', run: () => get().restoreActionItem(id) },
        });
        return true;
      },

      async restoreActionItem(id) {
        const result = await settle(api['actionItems.restore']({ id }));
        if (!result.ok) return get().reportError(result.error);
        putSaved(result.value);
        get().notify({ tone: 'status', message: `Restored action item “${result.value.title}”.` });
      },

      async setNothingToDo(question, nothingToDo) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return;
        const result = await settle(api['questions.update']({ meetingId, question, patch: { nothingToDo } }));
        if (!result.ok) return get().reportError(result.error);
        const saved: QuestionState = result.value;
        set((state) => {
          const records = state.overview.records;
          if (!records || records.meeting.id !== meetingId) return {};
          const questions = [...records.questions.filter((entry) => entry.id !== saved.id), saved];
          return { overview: { ...state.overview, records: { ...records, questions } } };
        });
        if (nothingToDo) {
          get().notify({
            tone: 'status',
            message: `“${QUESTION_LABELS[question]}” marked as needing no action item.`,
            action: { label: 'Undo', run: () => get().setNothingToDo(question, false) },
          });
        }
      },

      async reorderActionItems(orderedIds) {
        const records = get().overview.records;
        if (!records) return false;
        const meetingId = records.meeting.id;
        const before = records.actionItems;
        // Optimistic (STYLE B5): the row lands where it was dropped at once. `basedOn` lets the
        // core refuse the move when another window changed the list first.
        setItems(meetingId, (items) => applyOrder(items, orderedIds));
        const result = await settle(
          api['actionItems.reorder']({
            meetingId,
            orderedIds: [...orderedIds],
            basedOn: before.map((item) => item.id),
          }),
        );
        if (result.ok) {
          setItems(meetingId, () => result.value);
          return true;
        }
        setItems(meetingId, () => before);
        get().reportError(result.error);
        // What we rolled back to may itself be stale (that is what a conflict means): fetch it.
        await get().reloadOpenMeeting();
        return false;
      },
    };
  };
}

import type { HindsightApi } from '../../../shared/contract';
import type { ActionItem } from '../../../shared/types';
import { QUESTIONS, type Question } from '../../../shared/domain/vocabulary';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';
import type { AppState } from '../../store/createAppStore';
import type { ExportState } from '../../components/ExportStatus';
import type { NewRecord, RecordNotices, RecordPatch } from '../../store/recordActionsSlice';

export type ActionItemPatch = RecordPatch<'actionItems'>;
export type NewActionItem = NewRecord<'actionItems'>;

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
  /**
   * Adds an item at the end of the open meeting's list, shown at once and marked saving; true
   * once it is saved, false (with a notice, the item gone from the list) when refused.
   */
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

const ACTION_ITEM_NOTICES: RecordNotices<'actionItems'> = {
  removed: (item) => `Deleted action item “${item.title}”.`,
  restored: (item) => `Restored action item “${item.title}”.`,
};

export function createActionItemsSlice(api: HindsightApi): SliceCreator<ActionItemsSlice> {
  return (set, get) => {
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

      addActionItem: (fields) => get().addRecord('actionItems', fields, { atOnce: true }),
      updateActionItem: (id, patch) => get().updateRecord('actionItems', id, patch),
      removeActionItem: (id) => get().removeRecord('actionItems', id, ACTION_ITEM_NOTICES),
      restoreActionItem: async (id) =>
        void (await get().restoreRecord('actionItems', id, ACTION_ITEM_NOTICES)),

      async setNothingToDo(question, nothingToDo) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return;
        const result = await settle(api['questions.update']({ meetingId, question, patch: { nothingToDo } }));
        if (!result.ok) return get().reportError(result.error);
        get().showSaved([{ kind: 'questions', record: result.value }]);
        if (nothingToDo) {
          get().notify({
            tone: 'status',
            message: `“${QUESTION_LABELS[question]}” marked as needing no action item.`,
            action: { label: 'Undo', run: () => get().setNothingToDo(question, false) },
          });
        }
      },

      reorderActionItems: (orderedIds) => get().reorderRecords('actionItems', orderedIds),
    };
  };
}

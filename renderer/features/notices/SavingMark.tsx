import { useApp } from '../../store/useApp';

/** Whether the record `id` was added here and is not saved yet (store/pendingRecords.ts). */
export function useSaving(id: string): boolean {
  return useApp((state) => state.savingIds[id] === true);
}

/**
 * "Saving…" on a record the window shows before the core has answered its add (issue #16): in
 * words, not only a colour, so nobody takes it for saved. Its row carries `aria-busy` meanwhile.
 */
export function SavingMark() {
  return <span className="saving-mark">Saving…</span>;
}

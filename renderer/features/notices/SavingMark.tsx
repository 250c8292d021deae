import { useCallback, useState } from 'react';
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

/**
 * How many adds a capture box sent that are not answered yet, and `track` to count one: the box
 * says "Saving…" too, as its new row may be out of view in a long, windowed list.
 */
export function useSavingCount() {
  const [saving, setSaving] = useState(0);
  const track = useCallback(async <T,>(answer: Promise<T>): Promise<T> => {
    setSaving((count) => count + 1);
    try {
      return await answer;
    } finally {
      setSaving((count) => count - 1);
    }
  }, []);
  return { saving: saving > 0, track };
}

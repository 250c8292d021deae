import type { HindsightApi } from '../../../shared/contract';
import type { ContractError } from '../../../shared/contract/errors';
import type { MergeSummary } from '../../../shared/contract/merge';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

/** A note-taker's bundle on its way into the open meeting: read, planned, then merged. */
export type MergeState =
  | { state: 'idle' }
  | { state: 'planning'; fileName: string }
  | { state: 'ready'; fileName: string; content: string; meetingId: string; summary: MergeSummary }
  | { state: 'merging'; fileName: string }
  | { state: 'merged'; fileName: string; summary: MergeSummary }
  | { state: 'failed'; error: ContractError };

export interface MergeSlice {
  merge: MergeState;
  /** Reads the chosen file and asks the core what merging it would do; nothing is written yet. */
  planMergeFile(file: File): Promise<void>;
  confirmMerge(): Promise<void>;
  cancelMerge(): void;
}

export function createMergeSlice(api: HindsightApi): SliceCreator<MergeSlice> {
  return (set, get) => ({
    merge: { state: 'idle' },

    async planMergeFile(file) {
      const meetingId = get().overview.meetingId;
      if (meetingId === null) return;
      set({ merge: { state: 'planning', fileName: file.name } });
      const content = await file.text();
      const result = await settle(api['bundle.planMerge']({ meetingId, content, fileName: file.name }));
      if (get().overview.meetingId !== meetingId) return;
      set({
        merge: result.ok
          ? { state: 'ready', fileName: file.name, content, meetingId, summary: result.value }
          : { state: 'failed', error: result.error },
      });
    },

    async confirmMerge() {
      const pending = get().merge;
      if (pending.state !== 'ready') return;
      const { meetingId, content, fileName } = pending;
      set({ merge: { state: 'merging', fileName } });
      const result = await settle(api['bundle.merge']({ meetingId, content, fileName }));
      set({
        merge: result.ok
          ? { state: 'merged', fileName, summary: result.value }
          : { state: 'failed', error: result.error },
      });
    },

    cancelMerge() {
      set({ merge: { state: 'idle' } });
    },
  });
}

import type { HindsightApi, Input, MethodName, Output } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export interface WorkspacesSlice {
  /**
   * One write of a step workspace (participants, impact, notes, root cause, lessons), as a
   * `Result` so each field shows its own error. The records come back through `meetingChanged`,
   * which the core emits only after the commit, so the workspaces keep no copy of their own.
   */
  writeRecord<K extends MethodName>(name: K, input: Input<K>): Promise<Result<Output<K>>>;
}

export function createWorkspacesSlice(api: HindsightApi): SliceCreator<WorkspacesSlice> {
  return () => ({
    writeRecord<K extends MethodName>(name: K, input: Input<K>) {
      // A generic index into the api loses the per-method pairing; the contract guarantees it.
      const call = api[name] as (input: Input<K>) => Promise<Result<Output<K>>>;
      return settle(call(input));
    },
  });
}

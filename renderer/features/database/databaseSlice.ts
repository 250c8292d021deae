import type { HindsightApi } from '../../../shared/contract';
import type { DatabaseStatus } from '../../../shared/contract/database';
import type { ContractError } from '../../../shared/contract/errors';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

export interface DatabaseSlice {
  database: {
    /** Null until the first `database.status` answer arrives. */
    status: DatabaseStatus | null;
    error: ContractError | null;
    pending: boolean;
  };
  checkDatabase(): Promise<void>;
  moveDatabaseAside(): Promise<void>;
  openOtherDatabase(): Promise<void>;
}

export function createDatabaseSlice(api: HindsightApi): SliceCreator<DatabaseSlice> {
  return (set, get) => {
    const patch = (database: Partial<DatabaseSlice['database']>) =>
      set((state) => ({ database: { ...state.database, ...database } }));

    return {
      database: { status: null, error: null, pending: false },

      async checkDatabase() {
        const result = await settle(api['database.status']({}));
        if (result.ok) return patch({ status: result.value, error: null });
        patch({ error: result.error });
        // Past startup the gate no longer shows this error, so it goes to the notices instead.
        if (get().database.status !== null) get().reportError(result.error);
      },

      async moveDatabaseAside() {
        patch({ pending: true, error: null });
        const result = await settle(api['database.moveAsideAndStartFresh']({}));
        if (!result.ok) return patch({ pending: false, error: result.error });
        patch({ pending: false, status: result.value.status });
        // The library replaces this screen at once, so the path of the old file goes to a notice
        // that stays until dismissed: the person may need it to recover or report the file.
        get().notify({
          tone: 'status',
          keep: true,
          message: `The unreadable database was moved to ${result.value.movedTo}. Hindsight started a fresh, empty database.`,
        });
      },

      async openOtherDatabase() {
        patch({ pending: true, error: null });
        const result = await settle(api['database.openOther']({}));
        if (!result.ok) return patch({ pending: false, error: result.error });
        // null: the person cancelled the file dialog, and nothing changed.
        if (result.value === null) return patch({ pending: false });
        patch({ pending: false, status: result.value });
        if (result.value.state === 'open') {
          get().notify({ tone: 'status', message: `Opened ${result.value.path}.` });
        }
      },
    };
  };
}

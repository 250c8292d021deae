import type { HindsightApi } from '../../../shared/contract';
import type { ContractError } from '../../../shared/contract/errors';
import type { ExampleSummary } from '../../../shared/contract/library';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

/** Why the last bundle import did not land, shown in a dialog until dismissed. */
export type ImportProblem =
  | { kind: 'invalid'; fileName: string; error: ContractError }
  /** The meeting is already in the library; the content is kept to retry as a copy. */
  | { kind: 'conflict'; fileName: string; content: string; error: ContractError };

export interface BundleFile {
  content: string;
  fileName: string;
}

export interface LibrarySlice {
  examples: {
    list: ExampleSummary[];
    loaded: boolean;
    error: ContractError | null;
    /** The example being imported, so its button can say so. */
    importingId: string | null;
  };
  examplesDialogOpen: boolean;
  importProblem: ImportProblem | null;
  loadExamples(): Promise<void>;
  setExamplesDialogOpen(open: boolean): void;
  importExample(exampleId: string): Promise<void>;
  /** Reads a file the person picked and imports it (File.text(): the renderer has no fs). */
  importBundleFile(file: File): Promise<void>;
  importBundle(file: BundleFile, options?: { asCopy?: boolean }): Promise<void>;
  dismissImportProblem(): void;
}

export function createLibrarySlice(api: HindsightApi): SliceCreator<LibrarySlice> {
  return (set, get) => {
    const patchExamples = (examples: Partial<LibrarySlice['examples']>) =>
      set((state) => ({ examples: { ...state.examples, ...examples } }));

    return {
      examples: { list: [], loaded: false, error: null, importingId: null },
      examplesDialogOpen: false,
      importProblem: null,

      async loadExamples() {
        const result = await settle(api['examples.list']({}));
        if (result.ok) patchExamples({ list: result.value, loaded: true, error: null });
        else patchExamples({ loaded: true, error: result.error });
      },

      setExamplesDialogOpen: (open) => set({ examplesDialogOpen: open }),

      async importExample(exampleId) {
        patchExamples({ importingId: exampleId });
        const result = await settle(api['examples.import']({ exampleId }));
        patchExamples({ importingId: null });
        if (!result.ok) return get().reportError(result.error);
        set({ examplesDialogOpen: false });
        await get().revealMeeting(result.value.id);
        get().notify({ tone: 'status', message: `Added the example “${result.value.title}”.` });
      },

      async importBundleFile(file) {
        let content: string;
        try {
          content = await file.text();
        } catch (error) {
          return get().reportError({
            code: 'file-error',
            message: `Could not read ${file.name}: ${(error as Error).message}`,
          });
        }
        await get().importBundle({ content, fileName: file.name });
      },

      async importBundle(file, options) {
        const result = await settle(api['bundle.import']({ ...file, asCopy: options?.asCopy ?? false }));
        if (result.ok) {
          set({ importProblem: null });
          await get().revealMeeting(result.value.id);
          const copy = options?.asCopy ? ' as a copy' : '';
          get().notify({
            tone: 'status',
            message: `Imported “${result.value.title}”${copy} from ${file.fileName}.`,
          });
          return;
        }
        const { error } = result;
        if (error.code === 'invalid-bundle') {
          set({ importProblem: { kind: 'invalid', fileName: file.fileName, error } });
        } else if (error.code === 'conflict' && !options?.asCopy) {
          set({ importProblem: { kind: 'conflict', ...file, error } });
        } else {
          set({ importProblem: null });
          get().reportError(error);
        }
      },

      dismissImportProblem: () => set({ importProblem: null }),
    };
  };
}

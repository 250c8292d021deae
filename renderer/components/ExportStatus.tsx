import type { ContractError } from '../../shared/contract/errors';
import { ErrorMessage } from './ErrorMessage';

/** Where the last "Export …" that saves one file through the save dialog stands. */
export type ExportState =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saved'; filePath: string }
  | { state: 'cancelled' }
  | { state: 'failed'; error: ContractError };

/**
 * The outcome of an export: the path only once the file is written (announced politely), a
 * cancelled dialog said plainly, a failure with its message.
 */
export function ExportStatus({ exportState }: { exportState: ExportState }) {
  return (
    <>
      <div aria-live="polite" className="panel__status">
        {exportState.state === 'saved' ? (
          <p>
            Saved to <code className="path">{exportState.filePath}</code>
          </p>
        ) : null}
        {exportState.state === 'cancelled' ? (
          <p className="muted">Export cancelled; nothing was written.</p>
        ) : null}
      </div>
      {exportState.state === 'failed' ? <ErrorMessage error={exportState.error} /> : null}
    </>
  );
}

import { mergeSummaryLines, type MergeSummary } from '../../../shared/contract/merge';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FileButton } from '../../components/FileButton';
import { useApp } from '../../store/useApp';

/** The merge's numbers, in the words a facilitator checks before saying yes. */
function SummaryList({ summary }: { summary: MergeSummary }) {
  return (
    <ul className="merge__summary">
      {mergeSummaryLines(summary).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * "Merge a note-taker's bundle…": the bundle is read here, the core says what merging it would
 * do, and only "Merge" writes. Merging the same bundle twice changes nothing.
 */
export function MergeBundlePanel() {
  const merge = useApp((state) => state.merge);
  const planMergeFile = useApp((state) => state.planMergeFile);
  const confirmMerge = useApp((state) => state.confirmMerge);
  const cancelMerge = useApp((state) => state.cancelMerge);
  const busy = merge.state === 'planning' || merge.state === 'merging';

  return (
    <section className="panel" aria-labelledby="merge-title">
      <h2 id="merge-title">Note-takers’ captures</h2>
      <p className="panel__text">
        Bring in a bundle a note-taker exported from their laptop: records are matched, the later change wins,
        nothing is duplicated.
      </p>
      <FileButton
        disabled={busy}
        accept=".json,application/json"
        inputLabel="Note-taker’s bundle file"
        onFile={(file) => void planMergeFile(file)}
      >
        Merge a note-taker’s bundle…
      </FileButton>
      <div aria-live="polite" className="panel__status">
        {merge.state === 'planning' ? <p>Reading {merge.fileName}…</p> : null}
        {merge.state === 'merging' ? <p>Merging {merge.fileName}…</p> : null}
        {merge.state === 'ready' ? (
          <>
            <p>Merging {merge.fileName} would make these changes:</p>
            <SummaryList summary={merge.summary} />
            <div className="report__actions">
              <Button variant="primary" onClick={() => void confirmMerge()}>
                Merge
              </Button>
              <Button variant="quiet" onClick={cancelMerge}>
                Cancel
              </Button>
            </div>
          </>
        ) : null}
        {merge.state === 'merged' ? (
          <>
            <p>Merged {merge.fileName}:</p>
            <SummaryList summary={merge.summary} />
          </>
        ) : null}
      </div>
      {merge.state === 'failed' ? <ErrorMessage error={merge.error} /> : null}
    </section>
  );
}

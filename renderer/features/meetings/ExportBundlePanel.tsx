import { Button } from '../../components/Button';
import { ExportStatus } from '../../components/ExportStatus';
import { useApp } from '../../store/useApp';

/** "Export bundle…": the core asks where to save; the path is shown only once the file is written. */
export function ExportBundlePanel() {
  const exportState = useApp((state) => state.overview.exportState);
  const exportBundle = useApp((state) => state.exportBundle);
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Share</h2>
      <p className="panel__text">
        A bundle holds the whole meeting in one file, to merge notes from another laptop or to keep a copy.
      </p>
      <Button disabled={exportState.state === 'pending'} onClick={() => void exportBundle()}>
        {exportState.state === 'pending' ? 'Exporting…' : 'Export bundle…'}
      </Button>
      <ExportStatus exportState={exportState} />
    </section>
  );
}

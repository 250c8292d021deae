import type { Paper } from '../../../shared/domain/report/reportCss';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import type { ReportExportState } from './reportSlice';

const PAPERS: { value: Paper; label: string }[] = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'US Letter' },
];

const FORMAT_NAMES = { markdown: 'Markdown', pdf: 'PDF' } as const;

/** What the last export did, announced politely so a screen reader hears "Saved to …". */
function ExportStatus({ exportState }: { exportState: ReportExportState }) {
  const showExportedReport = useApp((state) => state.showExportedReport);
  switch (exportState.state) {
    case 'pending':
      return exportState.format === 'pdf' ? (
        <p className="report__progress">
          <progress aria-label="Making the PDF" /> Making the PDF…
        </p>
      ) : (
        <p>Writing the Markdown file…</p>
      );
    case 'saved':
      return (
        <>
          <p>
            {FORMAT_NAMES[exportState.format]} saved to <code className="path">{exportState.filePath}</code>
          </p>
          <Button variant="quiet" onClick={() => void showExportedReport()}>
            Show in folder
          </Button>
        </>
      );
    case 'cancelled':
      return <p className="muted">Export cancelled; nothing was written.</p>;
    default:
      return null;
  }
}

/** "Export Markdown…" and "Export PDF…" (on A4 or US Letter), then where the file went. */
export function ReportExportPanel() {
  const paper = useApp((state) => state.report.paper);
  const exportState = useApp((state) => state.report.exportState);
  const setReportPaper = useApp((state) => state.setReportPaper);
  const exportReport = useApp((state) => state.exportReport);
  const pending = exportState.state === 'pending';
  return (
    <section className="panel report__export" aria-labelledby="report-export-title">
      <h2 id="report-export-title">Export the report</h2>
      <p className="panel__text">
        Markdown for wikis and repositories, PDF for sharing. Both hold the same sections as the preview.
      </p>
      <fieldset className="report__paper">
        <legend>PDF paper size</legend>
        {PAPERS.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="report-paper"
              value={option.value}
              checked={paper === option.value}
              onChange={() => setReportPaper(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="report__actions">
        <Button variant="primary" disabled={pending} onClick={() => void exportReport('markdown')}>
          Export Markdown…
        </Button>
        <Button disabled={pending} onClick={() => void exportReport('pdf')}>
          Export PDF…
        </Button>
      </div>
      <div aria-live="polite" className="panel__status">
        <ExportStatus exportState={exportState} />
      </div>
      {exportState.state === 'failed' ? <ErrorMessage error={exportState.error} /> : null}
    </section>
  );
}

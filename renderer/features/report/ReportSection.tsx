import { useEffect } from 'react';
import type { MeetingRecords } from '../../../shared/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { MergeBundlePanel } from '../merge/MergeBundlePanel';
import { ReportExportPanel } from './ReportExportPanel';
import '../../styles/report.css';

/**
 * The report: export to Markdown or PDF, and a preview of the very document the PDF is printed
 * from. The preview sits in an iframe with an empty `sandbox` (no scripts, no same-origin, no
 * navigation of the app) and `srcdoc`; it inherits the app's CSP, which allows the report's one
 * inline stylesheet by its hash (shared/csp.ts), so no 'unsafe-inline' is needed anywhere.
 */
export function ReportSection({ records }: { records: MeetingRecords }) {
  const paper = useApp((state) => state.report.paper);
  const preview = useApp((state) => state.report.preview);
  const previewError = useApp((state) => state.report.previewError);
  const loadReportPreview = useApp((state) => state.loadReportPreview);
  // The reflection's notes are part of the report but not of the records.
  const coach = useApp((state) => state.coach);

  // `records` is replaced on every committed change, so the preview follows the meeting.
  useEffect(() => {
    void loadReportPreview();
  }, [records, coach, paper, loadReportPreview]);

  const html = preview?.meetingId === records.meeting.id ? preview.html : null;
  return (
    <div className="report">
      <div className="report__side">
        {/* Merging comes first: the report is made from everything the note-takers captured. */}
        <MergeBundlePanel />
        <ReportExportPanel />
      </div>
      <section className="report__preview" aria-labelledby="report-preview-title">
        <h2 id="report-preview-title">Preview</h2>
        <ErrorMessage error={previewError} />
        {html === null ? (
          <p className="muted" aria-live="polite">
            Preparing the preview…
          </p>
        ) : (
          <iframe className="report__frame" title="Report preview" sandbox="" srcDoc={html} />
        )}
      </section>
    </div>
  );
}

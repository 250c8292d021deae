import type { HindsightApi } from '../../../shared/contract';
import type { ContractError } from '../../../shared/contract/errors';
import type { Paper } from '../../../shared/domain/report/reportCss';
import { settle } from '../../bridge/api';
import type { SliceCreator } from '../../store/sliceCreator';

/** The two files the report exports to. */
export type ReportFormat = 'markdown' | 'pdf';

/** Where the last report export of the open meeting stands. */
export type ReportExportState =
  | { state: 'idle' }
  | { state: 'pending'; format: ReportFormat }
  | { state: 'saved'; format: ReportFormat; filePath: string }
  | { state: 'cancelled'; format: ReportFormat }
  | { state: 'failed'; format: ReportFormat; error: ContractError };

export interface ReportSlice {
  report: {
    paper: Paper;
    /** The preview document, and the meeting it belongs to (null until it has loaded). */
    preview: { meetingId: string; html: string } | null;
    previewError: ContractError | null;
    exportState: ReportExportState;
  };
  setReportPaper(paper: Paper): void;
  /** Fetches the report HTML of the open meeting again (after any change to it). */
  loadReportPreview(): Promise<void>;
  exportReport(format: ReportFormat): Promise<void>;
  showExportedReport(): Promise<void>;
}

export function createReportSlice(api: HindsightApi): SliceCreator<ReportSlice> {
  return (set, get) => {
    const patch = (report: Partial<ReportSlice['report']>) =>
      set((state) => ({ report: { ...state.report, ...report } }));
    // Only the latest preview request may land: edits can outrun a slow render.
    let previewRequest = 0;

    return {
      report: { paper: 'A4', preview: null, previewError: null, exportState: { state: 'idle' } },

      setReportPaper(paper) {
        patch({ paper });
      },

      async loadReportPreview() {
        const meetingId = get().overview.meetingId;
        if (meetingId === null) return;
        const request = ++previewRequest;
        const result = await settle(
          api['report.html']({ meetingId, paper: get().report.paper, systemClock: get().clock.system }),
        );
        if (request !== previewRequest || get().overview.meetingId !== meetingId) return;
        // Another meeting's "Saved to …" must not linger beside this one's preview.
        const otherMeeting = get().report.preview?.meetingId !== meetingId;
        if (otherMeeting && get().report.exportState.state !== 'pending')
          patch({ exportState: { state: 'idle' } });
        if (result.ok) patch({ preview: { meetingId, html: result.value }, previewError: null });
        else patch({ previewError: result.error });
      },

      async exportReport(format) {
        const meetingId = get().overview.meetingId;
        if (meetingId === null || get().report.exportState.state === 'pending') return;
        patch({ exportState: { state: 'pending', format } });
        const result = await settle(
          format === 'pdf'
            ? api['report.exportPdf']({
                meetingId,
                paper: get().report.paper,
                systemClock: get().clock.system,
              })
            : api['report.exportMarkdown']({ meetingId, systemClock: get().clock.system }),
        );
        if (get().overview.meetingId !== meetingId) return;
        if (!result.ok) return patch({ exportState: { state: 'failed', format, error: result.error } });
        patch({
          exportState:
            result.value === null
              ? { state: 'cancelled', format }
              : { state: 'saved', format, filePath: result.value.filePath },
        });
      },

      async showExportedReport() {
        const exportState = get().report.exportState;
        if (exportState.state !== 'saved') return;
        const result = await settle(api['report.showInFolder']({ filePath: exportState.filePath }));
        if (!result.ok)
          patch({ exportState: { state: 'failed', format: exportState.format, error: result.error } });
      },
    };
  };
}

import { Button } from '../../components/Button';
import { ExportStatus } from '../../components/ExportStatus';
import { useApp } from '../../store/useApp';

/**
 * "To the tracker": the items as CSV (Jira's importer, GitHub tools) or a Markdown checklist.
 * The core asks where to save; the path is shown only once the file is written.
 */
export function ExportActionItems() {
  const exportState = useApp((state) => state.actionItemsUi.exportState);
  const exportActionItems = useApp((state) => state.exportActionItems);
  const pending = exportState.state === 'pending';
  return (
    <section className="panel action-export" aria-labelledby="action-export-title">
      <h3 id="action-export-title">To the tracker</h3>
      <div className="action-export__buttons">
        <Button disabled={pending} onClick={() => void exportActionItems('csv')}>
          Export CSV…
        </Button>
        <Button disabled={pending} onClick={() => void exportActionItems('markdown')}>
          Export Markdown…
        </Button>
      </div>
      <ExportStatus exportState={exportState} />
    </section>
  );
}

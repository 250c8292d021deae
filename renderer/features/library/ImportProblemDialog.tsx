import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { IssueList } from '../../components/IssueList';
import { useApp } from '../../store/useApp';

/**
 * Why a bundle was not imported. An invalid bundle lists every issue with its JSON path (nothing
 * was written); a meeting that is already in the library can be imported again as a copy.
 */
export function ImportProblemDialog() {
  const problem = useApp((state) => state.importProblem);
  const dismiss = useApp((state) => state.dismissImportProblem);
  const importBundle = useApp((state) => state.importBundle);
  if (problem === null) return null;

  if (problem.kind === 'invalid') {
    return (
      <Dialog title={`${problem.fileName} was not imported`} onClose={dismiss} role="alertdialog">
        <p className="dialog__text">{problem.error.message}</p>
        <IssueList issues={problem.error.issues ?? []} />
        <div className="dialog__buttons">
          <Button variant="primary" data-autofocus onClick={dismiss}>
            Close
          </Button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="This meeting is already in the library" onClose={dismiss} role="alertdialog">
      <p className="dialog__text">{problem.error.message}</p>
      <p className="dialog__text">
        Importing it as a copy adds a separate meeting; the one in the library stays as it is.
      </p>
      <div className="dialog__buttons">
        <Button data-autofocus onClick={dismiss}>
          Cancel
        </Button>
        <Button
          variant="primary"
          onClick={() =>
            void importBundle({ content: problem.content, fileName: problem.fileName }, { asCopy: true })
          }
        >
          Import as copy
        </Button>
      </div>
    </Dialog>
  );
}

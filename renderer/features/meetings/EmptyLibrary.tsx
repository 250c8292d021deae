import { Button } from '../../components/Button';
import { COMMAND_KEY, Kbd } from '../../components/Kbd';
import { useApp } from '../../store/useApp';
import { ExampleList } from '../library/ExampleList';
import { ImportBundleButton } from '../library/ImportBundleButton';

/** The first thing a new facilitator sees: what Hindsight is for, and three ways to begin. */
export function EmptyLibrary() {
  const openMeetingDialog = useApp((state) => state.openMeetingDialog);
  return (
    <div className="empty-library">
      <div className="empty-library__intro">
        <h2>Run a blameless postmortem</h2>
        <p>
          Hindsight walks your team through a postmortem meeting: a fixed agenda with timeboxes, the event
          log, impact, the three questions, and owned action items. It asks what allowed an incident, never
          who caused it. Everything stays on this computer.
        </p>
        <div className="empty-library__actions">
          <Button
            variant="primary"
            aria-keyshortcuts="Control+N Meta+N"
            onClick={() => openMeetingDialog({ kind: 'create' })}
          >
            New meeting <Kbd>{`${COMMAND_KEY} N`}</Kbd>
          </Button>
          <ImportBundleButton />
        </div>
      </div>
      <section className="empty-library__examples" aria-labelledby="empty-library-examples">
        <h2 id="empty-library-examples">Or start from an example</h2>
        <ExampleList />
      </section>
    </div>
  );
}

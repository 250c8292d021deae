import { useEffect, useRef } from 'react';
import type { DatabaseStatus } from '../../../shared/contract/database';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';

type Unavailable = Extract<DatabaseStatus, { state: 'unavailable' }>;

/**
 * Shown instead of everything else while the database cannot be opened. The damaged file is
 * never deleted or overwritten (DESIGN.md section 4): the person chooses to move it aside or to
 * open another file, and is told where the old one went.
 */
export function RecoveryScreen({ status }: { status: Unavailable }) {
  const pending = useApp((state) => state.database.pending);
  const error = useApp((state) => state.database.error);
  const moveDatabaseAside = useApp((state) => state.moveDatabaseAside);
  const openOtherDatabase = useApp((state) => state.openOtherDatabase);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="screen recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={heading} tabIndex={-1}>
        Hindsight cannot open its database
      </h1>
      <div className="recovery__problem" role="alert">
        <p>{status.message}</p>
        <p>
          File: <code className="path">{status.path}</code>
        </p>
      </div>
      <p>
        Nothing has been deleted or changed. Choose how to continue; the file stays on disk either way, so it
        can still be recovered or sent to support.
      </p>
      <ErrorMessage error={error} />
      <div className="recovery__actions">
        <Button variant="primary" disabled={pending} onClick={() => void moveDatabaseAside()}>
          Move it aside and start fresh
        </Button>
        <Button disabled={pending} onClick={() => void openOtherDatabase()}>
          Open another file…
        </Button>
      </div>
    </section>
  );
}

import { useEffect, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks for the database's state at startup and shows the app only once it is open: while it is
 * unavailable the recovery screen is the only thing reachable.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const status = useApp((state) => state.database.status);
  const error = useApp((state) => state.database.error);
  const checkDatabase = useApp((state) => state.checkDatabase);

  useEffect(() => {
    void checkDatabase();
  }, [checkDatabase]);

  if (status === null) {
    return (
      <section className="screen" aria-labelledby="starting-title">
        <h1 id="starting-title">Opening your meetings…</h1>
        <ErrorMessage error={error} />
        {error ? <Button onClick={() => void checkDatabase()}>Try again</Button> : null}
      </section>
    );
  }
  if (status.state === 'unavailable') return <RecoveryScreen status={status} />;
  return <>{children}</>;
}

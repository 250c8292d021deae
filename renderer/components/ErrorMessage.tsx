import type { ContractError } from '../../shared/contract/errors';
import { IssueList } from './IssueList';

interface ErrorMessageProps {
  error: ContractError | null;
  /** Lists the error's issues under its message; off where each issue sits beside its field. */
  showIssues?: boolean;
  id?: string;
}

/** A failed call, announced at once (role="alert") and kept on screen until the next attempt. */
export function ErrorMessage({ error, showIssues = true, id }: ErrorMessageProps) {
  if (!error) return null;
  return (
    <div className="error-message" role="alert" id={id}>
      <p className="error-message__text">{error.message}</p>
      {showIssues && error.issues ? <IssueList issues={error.issues} /> : null}
    </div>
  );
}

import type { Issue } from '../../shared/contract/errors';

/** Every issue as `path: message`, the way a bundle's JSON paths are read (`timeline[3].at`). */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list">
      {issues.map((issue, index) => (
        <li key={`${issue.path}-${index}`}>
          {issue.path ? (
            <>
              <code className="issue-list__path">{issue.path}</code>: {issue.message}
            </>
          ) : (
            issue.message
          )}
        </li>
      ))}
    </ul>
  );
}

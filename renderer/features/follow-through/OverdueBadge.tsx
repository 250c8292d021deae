import './followThrough.css';

/**
 * "2 overdue" on a meeting row (issue #4 point 5): said in words, with a warning mark and a
 * border, so it reads without colour. Nothing at all when no item is late.
 */
export function OverdueBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="overdue-badge">
      <span aria-hidden="true">⚠ </span>
      {count === 1 ? '1 overdue' : `${count} overdue`}
    </span>
  );
}

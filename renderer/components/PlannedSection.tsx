/**
 * A section whose feature has not landed yet: says so plainly (and which issue brings it)
 * rather than showing anything that looks usable but is not.
 */
export function PlannedSection({
  title,
  issue,
  children,
}: {
  title: string;
  issue: number;
  children: string;
}) {
  return (
    <section className="panel panel--placeholder" aria-labelledby="planned-section-title">
      <h2 id="planned-section-title">{title} — coming next</h2>
      <p className="panel__text">
        {children} Nothing here is live yet (issue #{issue}).
      </p>
    </section>
  );
}

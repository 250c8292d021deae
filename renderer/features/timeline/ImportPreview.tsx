import type { ImportFormat, ParsedImport } from '../../../shared/domain/timeline/importRows';
import { formatEventDay, formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import { EVENT_KIND_LABELS } from '../../../shared/domain/vocabulary';

/** Enough rows to check the mapping by eye; the count says how many there are in all. */
const PREVIEW_ROWS = 8;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What an import would add, and every line it cannot read (with its number and reason). Rows
 * whose time changed day (over midnight, a repeated DST hour) are always listed, with the day
 * they landed on, so a wrong date is seen before it is saved.
 */
export function ImportPreview({
  parsed,
  duplicates,
  format,
  timeZone,
}: {
  parsed: ParsedImport;
  /** Rows already in the log (same time and text): the import skips them. */
  duplicates: number;
  format: ImportFormat;
  timeZone: string;
}) {
  const unit = format === 'json' ? 'Item' : 'Line';
  const count = parsed.rows.length - duplicates;
  const placed = parsed.rows.filter((row) => row.placed !== null).length;
  const shown = parsed.rows.filter((row, index) => index < PREVIEW_ROWS || row.placed !== null);
  return (
    <section className="import-preview" aria-label="Preview">
      <p className="import-preview__summary" role="status">
        {plural(count, 'event', 'events')} can be imported
        {duplicates > 0 ? ` (${plural(duplicates, 'is', 'are')} already in the log and will be skipped)` : ''}
        {placed > 0 ? `; ${plural(placed, 'time changes', 'times change')} day, marked below` : ''}
        {parsed.errors.length > 0 ? `; ${plural(parsed.errors.length, 'problem', 'problems')}` : ''}.
      </p>
      {parsed.errors.length > 0 ? (
        <ul className="import-preview__errors" aria-label="Rows that cannot be read">
          {parsed.errors.map((error) => (
            <li key={`${error.line}:${error.message}`}>
              {error.line === 0 ? error.message : `${unit} ${error.line}: ${error.message}`}
            </li>
          ))}
        </ul>
      ) : null}
      {shown.length > 0 ? (
        <table className="import-preview__rows">
          <caption className="visually-hidden">First events to import</caption>
          <thead>
            <tr>
              <th scope="col">{unit}</th>
              <th scope="col">Time</th>
              <th scope="col">Kind</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>
                  {formatEventDay(row.at, timeZone)} {formatEventTime(row.at, timeZone)}
                  {row.placed ? <strong className="import-preview__placed">{row.placed}</strong> : null}
                </td>
                <td>{EVENT_KIND_LABELS[row.kind]}</td>
                <td>{row.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

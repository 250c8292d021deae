import type { ImportFormat, ParsedImport } from '../../../shared/domain/timeline/importRows';
import { formatEventDay, formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import { EVENT_KIND_LABELS } from '../../../shared/domain/vocabulary';

/** Enough rows to check the mapping by eye; the count says how many there are in all. */
const PREVIEW_ROWS = 8;

/** What an import would add, and every line it cannot read (with its number and reason). */
export function ImportPreview({
  parsed,
  format,
  timeZone,
}: {
  parsed: ParsedImport;
  format: ImportFormat;
  timeZone: string;
}) {
  const unit = format === 'json' ? 'Item' : 'Line';
  const count = parsed.rows.length;
  return (
    <section className="import-preview" aria-label="Preview">
      <p className="import-preview__summary" role="status">
        {count === 1 ? '1 event' : `${count} events`} can be imported
        {parsed.errors.length > 0
          ? `; ${parsed.errors.length} ${parsed.errors.length === 1 ? 'problem' : 'problems'}`
          : ''}
        .
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
      {count > 0 ? (
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
            {parsed.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>
                  {formatEventDay(row.at, timeZone)} {formatEventTime(row.at, timeZone)}
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

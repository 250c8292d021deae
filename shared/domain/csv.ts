import Papa from 'papaparse';

/**
 * A cell a spreadsheet may run as a formula: one whose first non-blank character on any line is
 * = + - or @, or that starts with a tab or carriage return. papaparse's own guard
 * (`/^[=+\-@\t\r].*$/`) misses a value holding a newline (`"=2*3\n"`, `"\n=1+1"`), which
 * spreadsheets evaluated in issue 11's torture run.
 */
const FORMULA_TRIGGER = /^[\t\r]|(?:^|[\r\n])\s*[=+\-@]/;

/**
 * CSV as RFC 4180 writes it (CRLF line ends, a final line end), every cell that could run as a
 * formula prefixed with `'` (CSV injection): the files are often opened in a spreadsheet first.
 * The one CSV writer of the app; any other export goes through it too.
 */
export function writeCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    Papa.unparse(
      { fields: [...fields], data: rows.map((row) => [...row]) },
      { escapeFormulae: FORMULA_TRIGGER, newline: '\r\n' },
    ) + '\r\n'
  );
}

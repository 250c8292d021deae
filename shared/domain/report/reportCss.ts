import { cleanText } from './markdownText';

/**
 * The report's stylesheet, for the PDF and the in-app preview alike. It is a constant on purpose:
 * the app's Content-Security-Policy (shared/csp.ts) allows exactly this inline <style> by its
 * SHA-256 hash, so the preview iframe, which inherits the app's policy, can style the report
 * without 'unsafe-inline'. Any change here changes the hash: test/shared/csp.test.ts recomputes it
 * and says which value to put in shared/csp.ts.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font: 10pt/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 16px 24px 32px; }
.report-title { border-bottom: 2px solid #1f2328; margin-bottom: 14pt; padding-bottom: 8pt; }
.eyebrow { margin: 0; font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #57606a; }
h1 { margin: 4pt 0 6pt; font-size: 20pt; line-height: 1.2; }
h2 { margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #d0d7de; font-size: 13pt; break-after: avoid; }
h3 { margin: 10pt 0 4pt; font-size: 10.5pt; break-after: avoid; }
h1, h2, h3 { overflow-wrap: anywhere; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; overflow-wrap: anywhere; }
ul, ol { margin: 0 0 6pt; padding-inline-start: 16pt; }
li { margin-bottom: 2pt; break-inside: avoid; overflow-wrap: anywhere; }
.badges { display: flex; flex-wrap: wrap; gap: 4pt; margin: 0; }
.badge { border: 1px solid #d0d7de; border-radius: 3pt; padding: 1pt 6pt; font-size: 8.5pt; font-weight: 600; }
.severity { border-color: transparent; color: #fff; background: #475467; }
.severity-sev-1 { background: #b42318; }
.severity-sev-2 { background: #c4320a; }
.severity-sev-3 { background: #93370d; }
table { width: 100%; margin: 4pt 0 8pt; border-collapse: collapse; font-size: 8.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 3pt 4pt; border: 1px solid #d0d7de; text-align: start; vertical-align: top; overflow-wrap: break-word; hyphens: manual; }
thead th { background: #eef1f4; }
.facts th { width: 32%; background: #f6f8fa; font-weight: 600; }
.nowrap { white-space: nowrap; overflow-wrap: normal; font-variant-numeric: tabular-nums; }
#timeline td:nth-last-child(3) { width: 36%; }
#timeline td:last-child { width: 20%; }
#action-items td:nth-child(2) { width: 26%; }
#action-items td:nth-child(6) { width: 22%; }
.none { color: #57606a; font-style: italic; }
a { color: #0b57d0; }
@media print {
  main { max-width: none; padding: 0; }
  a { color: inherit; }
}
`;

/** The paper sizes the PDF is printed on. */
export type Paper = 'A4' | 'Letter';

/**
 * A CSS string literal for text a person typed (the running header). Quotes, backslashes,
 * newlines and `<` (which could close the <style> element) are written as hex escapes, so no
 * title can end the string, the rule or the stylesheet.
 */
export function cssString(text: string): string {
  const escaped = cleanText(text).replace(
    // eslint-disable-next-line no-control-regex
    /[\\"'<>&\n\u0000-\u001f\u007f]/g,
    (char) => `\\${char.charCodeAt(0).toString(16)} `,
  );
  return `"${escaped}"`;
}

/** The running header's length, in what a reader counts as characters (grapheme clusters). */
const HEADER_MAX = 90;
/** Longer unbroken runs get break opportunities: a margin box ignores `overflow-wrap`. */
const LONGEST_UNBROKEN = 24;

/**
 * The running header's text: cut to `HEADER_MAX` graphemes with an ellipsis (a cut by UTF-16
 * units could split an emoji, a flag or a letter and its accent, and print half of it), and a
 * zero-width space after every grapheme of a run too long to fit, so that one long word wraps
 * in its own box instead of pushing the severity beside it onto two lines or running under it.
 */
function headerText(text: string): string {
  const graphemes = Array.from(
    new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
    (part) => part.segment,
  );
  const kept = graphemes.length > HEADER_MAX ? [...graphemes.slice(0, HEADER_MAX - 1), '…'] : graphemes;
  let run = 0;
  return kept
    .map((grapheme) => {
      run = /\s/.test(grapheme) ? 0 : run + 1;
      return run >= LONGEST_UNBROKEN ? `${grapheme}\u200b` : grapheme;
    })
    .join('');
}

/**
 * The page box for printing: paper size, margins, a running header (incident and title left,
 * severity right) and "Page n of m" in the footer, all as CSS margin boxes (Chromium 131+).
 * It holds the meeting's title, so it cannot be a hashed constant: it is only printed, never
 * previewed (margin boxes do not exist on screen anyway).
 */
export function pageCss(options: { paper: Paper; heading: string; severity: string }): string {
  const box = 'font-size: 8pt; color: #57606a;';
  return [
    `@page { size: ${options.paper}; margin: 18mm 15mm 16mm;`,
    `  @top-left { content: ${cssString(headerText(options.heading))}; ${box} }`,
    `  @top-right { content: ${cssString(options.severity)}; ${box} font-weight: 600; white-space: nowrap; }`,
    `  @bottom-center { content: "Page " counter(page) " of " counter(pages); ${box} }`,
    '}',
  ].join('\n');
}

/**
 * Escaping user text for GitHub-flavoured Markdown. Notes are typed by people, imported from
 * tools or merged from other laptops: none of it may break a table, start a list or a heading,
 * become a link, an image, raw HTML or a math block. CommonMark lets a backslash escape any ASCII
 * punctuation, so escaping is always safe to over-apply: the escaped character renders as itself.
 */

/**
 * Bidirectional embedding/override/isolate controls and other invisible control characters. An
 * unbalanced U+202E can visually reorder the rest of a line (the "Trojan Source" trick), so they
 * are dropped; right-to-left letters themselves are kept as typed.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/** Text as the report may show it: line endings unified, tabs as spaces, control characters gone. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL_CHARACTERS, '');
}

/**
 * Inline punctuation with a Markdown meaning: emphasis, code, links and images, raw HTML and
 * entities, table cells, strikethrough and GitHub's `$` math.
 */
const INLINE_SPECIALS = /[\\`*_[\]<>|~&$!#]/g;

/** One line of user text as inline Markdown: renders as exactly the characters typed. */
export function escapeInline(text: string): string {
  return cleanText(text)
    .replace(/\n+/g, ' ')
    .replace(INLINE_SPECIALS, (char) => `\\${char}`);
}

/**
 * A line that would start a block if left alone: an indented code block (leading spaces), a
 * heading, a quote, a bullet, a numbered item or a setext underline / thematic break.
 */
function escapeLineStart(line: string): string {
  const trimmed = line.trimStart();
  const numbered = /^(\d{1,9})([.)])/.exec(trimmed);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${trimmed.slice(numbered[0].length)}`;
  return /^[-+=>]/.test(trimmed) ? `\\${trimmed}` : trimmed;
}

/** A table cell: inline text, newlines folded into " / " so a note can never end a row. */
export function escapeCell(text: string): string {
  const lines = cleanText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map(escapeInline).join(' / ');
}

/**
 * Free text as Markdown paragraphs: blank lines keep separating paragraphs, single newlines become
 * hard line breaks (a trailing backslash, which editors do not strip like trailing spaces).
 * `indent` prefixes continuation lines, for text inside a list item.
 */
export function escapeParagraphs(text: string, indent = ''): string {
  return cleanText(text)
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => escapeLineStart(escapeInline(line)))
        .join(`\\\n${indent}`),
    )
    .join(`\n\n${indent}`);
}

/**
 * A URL as a link destination: only http(s) ever gets here (see `linkOrText`); characters that
 * could end the destination or split a table cell are percent-encoded.
 */
export function escapeUrl(url: string): string {
  return cleanText(url)
    .trim()
    .replace(
      /[\s()<>|\\`"'[\]]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}

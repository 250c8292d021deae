/** A piece of cell or fact text; `href` is set only for http(s) links, never anything else. */
export type ReportText = string | { text: string; href: string };

/**
 * The building blocks every section is made of. Renderers (Markdown, HTML) only know these,
 * so both formats always carry the same content in the same order.
 */
export type ReportBlock =
  /** Free text a person typed: blank lines separate paragraphs, single newlines are line breaks. */
  | { kind: 'text'; text: string }
  /** Free text led by a bold label, such as a question's answer. */
  | { kind: 'labelled'; label: string; text: string }
  /** Label/value pairs such as the incident summary. */
  | { kind: 'facts'; rows: { label: string; value: ReportText }[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; columns: string[]; rows: ReportText[][] }
  /** A heading inside a section (one level below the section's). */
  | { kind: 'subheading'; text: string }
  /** Stands in for an empty section, so no heading is ever left blank. */
  | { kind: 'none' };

/**
 * Sorts by a numeric key, then by id: records created on two laptops may share a position, and
 * the id tie-break keeps the report's bytes stable whatever order the database returns.
 */
export function ordered<T extends { id: string }>(list: readonly T[], key: (record: T) => number): T[] {
  return [...list].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A link only for http(s) URLs: anything else (javascript:, file:) stays plain text. */
export function linkOrText(value: string, text = value): ReportText {
  const trimmed = value.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? { text, href: trimmed } : value;
}

/** A text block, or nothing when the person left the field empty. */
export function textBlocks(text: string): ReportBlock[] {
  return text.trim() ? [{ kind: 'text', text: text.trim() }] : [];
}

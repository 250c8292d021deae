import { z } from 'zod';

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): an
 * unbalanced one visually reorders the rest of a line (the "Trojan Source" trick) in every place
 * the text is shown or exported. Right-to-left letters themselves are kept as typed.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Half of a surrogate pair without its other half (what `String.prototype.toWellFormed` replaces). */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as Hindsight keeps it, decided once where it comes in: a lone surrogate (half an emoji,
 * from a cut or a broken tool) becomes U+FFFD instead of invalid UTF-8 in SQLite that reads back
 * as three replacement characters, and bidi controls are dropped, so that the report, the CSV,
 * the checklist and the copied issue all show the same characters.
 */
export function normalizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(BIDI_CONTROLS, '');
}

/** A string field people type or import, at most `max` characters, normalised on the way in. */
export const userText = (max: number) =>
  z.string().max(max, `longer than ${max} characters`).overwrite(normalizeText);

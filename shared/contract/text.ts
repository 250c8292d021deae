import { z } from 'zod';

/**
 * A bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069): an
 * unbalanced one visually reorders the rest of a line (the "Trojan Source" trick) in every place
 * the text is shown or exported. Right-to-left letters themselves are kept as typed.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const EVERY_BIDI_CONTROL = new RegExp(BIDI_CONTROL.source, 'g');

/**
 * Text as Hindsight keeps it, decided once where it comes in: a lone surrogate (half an emoji,
 * from a cut or a broken tool) becomes U+FFFD (what `toWellFormed` does) instead of invalid UTF-8
 * in SQLite that reads back as three replacement characters, and bidi controls are dropped, so
 * that the report, the CSV, the checklist and the copied issue all show the same characters.
 * Text that needs neither, nearly all of it, is answered as it came, without a copy: every field
 * of every write passes here (issue 16: a core write's own work).
 */
export function normalizeText(text: string): string {
  const wellFormed = text.isWellFormed();
  if (wellFormed && !BIDI_CONTROL.test(text)) return text;
  return (wellFormed ? text : text.toWellFormed()).replace(EVERY_BIDI_CONTROL, '');
}

/** A string field people type or import, at most `max` characters, normalised on the way in. */
export const userText = (max: number) =>
  z.string().max(max, `longer than ${max} characters`).overwrite(normalizeText);

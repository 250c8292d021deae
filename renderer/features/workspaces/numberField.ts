import type { Result } from '../../../shared/contract/errors';

/**
 * Reads a typed number for an impact field: empty means "not known" (null). A typo is refused
 * here, with the reason, so the field shows it and keeps the text instead of saving nonsense.
 */
export function parseNumberField(text: string, whole: boolean): Result<number | null> {
  const trimmed = text.trim().replace(/[\s_]/g, '');
  if (trimmed === '') return { ok: true, value: null };
  const parsed = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(parsed) || parsed < 0)
    return {
      ok: false,
      error: { code: 'invalid-input', message: 'Type a number of 0 or more, or leave it empty.' },
    };
  if (whole && !Number.isInteger(parsed))
    return {
      ok: false,
      error: { code: 'invalid-input', message: 'Type a whole number, or leave it empty.' },
    };
  return { ok: true, value: parsed };
}

/** The stored number as the field shows it. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

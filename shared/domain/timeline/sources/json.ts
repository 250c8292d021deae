import type { SourceFile } from './types';

/**
 * Each file's JSON, parsed once: every adapter's `detect`, then the chosen one's `read`, ask for
 * it, and parsing a 5 MB export once per adapter cost a third of a second. Readers never change it.
 */
const parsed = new WeakMap<SourceFile, unknown>();

/** The parsed JSON of a file, or undefined when it is not JSON (adapters then say "not this"). */
export function parseJson(file: SourceFile): unknown {
  if (parsed.has(file)) return parsed.get(file);
  const text = file.text.replace(/^\uFEFF/, '').trim();
  let data: unknown;
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      data = JSON.parse(text) as unknown;
    } catch {
      data = undefined;
    }
  }
  parsed.set(file, data);
  return data;
}

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field as trimmed text; '' when absent or not text-like. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The first non-empty text among `values`. */
export function firstText(...values: unknown[]): string {
  for (const value of values) {
    const text = textOf(value);
    if (text !== '') return text;
  }
  return '';
}

/** The objects of a JSON array (items that are not objects are left to the caller to count). */
export const objectsOf = (value: unknown): JsonObject[] =>
  Array.isArray(value) ? value.filter(isObject) : [];

/**
 * Five million characters is a long incident's export many times over (about 50,000 chat lines);
 * anything larger is almost surely the wrong file, and reading it would stall the window.
 */
export const MAX_IMPORT_CHARS = 5_000_000;
/** The most events one import adds; the event log stays smooth well past this (issue #3). */
export const MAX_IMPORT_ROWS = 20_000;
/** The most sources one import reads together: an incident's chat, pager, alerts and dashboards, with room to spare. */
export const MAX_IMPORT_SOURCES = 20;

/**
 * `about 54 MB; an import reads at most 5 MB`: what is wrong with an input of `size` characters
 * (or a file of `size` bytes), for the caller to put after the name of what it refuses. Rounded
 * up to a tenth, so an input just over the limit never reads as "about 5 MB; at most 5 MB".
 */
export function overImportLimit(size: number): string {
  const megabytes = Math.ceil(size / 100_000) / 10;
  return `about ${megabytes} MB; an import reads at most ${MAX_IMPORT_CHARS / 1_000_000} MB`;
}

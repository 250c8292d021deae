import { z } from 'zod';
import { method } from './define';
import { recordId } from './crud';
import { IMPORT_FORMATS, MAX_IMPORT_CHARS, type RowError } from '../domain/timeline/importRows';

export const ImportRowsInput = z.object({
  meetingId: recordId,
  /** The pasted text or the file's content; the renderer and the CLI read files, not the core. */
  text: z.string().max(MAX_IMPORT_CHARS, `longer than ${MAX_IMPORT_CHARS / 1_000_000} MB`),
  format: z.enum(IMPORT_FORMATS),
  /** Import the readable rows even when others cannot be read; off means all-or-nothing. */
  skipBadRows: z.boolean().optional(),
});

/** What an import did. */
export interface ImportRowsResult {
  /** Events added (with source "imported"). */
  added: number;
  /** Rows left out because an event with the same time and text is already there. */
  duplicates: number;
  /** Rows that could not be read and were skipped (only with `skipBadRows`). */
  skipped: RowError[];
}

export const timelineImportMethods = {
  /**
   * Adds events from pasted text, CSV or JSON (shared/domain/timeline/importRows.ts) in one
   * transaction. Any unreadable row refuses the whole import (an `invalid-input` error whose
   * issues name each line) unless `skipBadRows` is set; duplicates are never added twice.
   */
  'timeline.importRows': method(ImportRowsInput).returns<ImportRowsResult>(),
} as const;

import { z } from 'zod';
import { method } from './define';
import { recordId } from './crud';
import { utcMs } from './records';
import type { RowError } from '../domain/timeline/importFields';
import type { ImportWording } from '../domain/timeline/sources/importWording';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, MAX_IMPORT_SOURCES } from '../domain/timeline/importLimits';
import { EVENT_KINDS } from '../domain/vocabulary';

const limit = `longer than ${MAX_IMPORT_CHARS / 1_000_000} MB`;

/** One file of the source: the renderer and the CLI read files (and unpack a zip), not the core. */
const SourceFileInput = z.object({
  name: z.string().max(1_000),
  text: z.string().max(MAX_IMPORT_CHARS, limit),
});

const lines = z.array(z.number().int().nonnegative()).max(MAX_IMPORT_ROWS);

/** What the person decided in the preview (shared/domain/timeline/sources/planImport.ts reads it). */
export const ImportChoicesInput = z.object({
  /**
   * Each person the source names → the role or team written as the actor (unmapped: no actor),
   * over the mapping remembered with the meeting (an empty role unmaps); the import remembers it,
   * in its transaction, for the meeting's next import.
   */
  people: z.record(z.string().max(200), z.string().max(200)).optional(),
  /** A new kind per row (by `line`), as the bulk change sets it. */
  kinds: z.record(z.string().max(12), z.enum(EVENT_KINDS)).optional(),
  /** Rows kept although the defaults leave them out (chatter, a filter, a same-second or other source's twin). */
  include: lines.optional(),
  /** Rows left out although the defaults keep them. */
  exclude: lines.optional(),
  /** Keep only rows whose text holds one of these words (comma-separated), unless included by hand. */
  keyword: z.string().max(500).optional(),
  /** Keep only rows with a reaction or a pin, unless included by hand. */
  markedOnly: z.boolean().optional(),
  /** Which reading of a repeated (DST fall-back) wall time a row takes, by its `rowKey`; read by `readSources`. */
  times: z.record(z.string().max(12), z.enum(['earlier', 'later'])).optional(),
  /**
   * The reading of every other repeated time the order of the log cannot place (the CLI's
   * --repeated-hour); asked when left out.
   */
  repeatedHour: z.enum(['earlier', 'later']).optional(),
});

/**
 * The issue an import refused for repeated times nothing placed ends with: its path names the
 * choice that settles them all, so a front end can say how it is given there (the CLI's flag).
 */
export const REPEATED_HOUR_PATH = 'choices.repeatedHour';

/** One source: a pasted text is one file without a name; a Slack workspace export is its unpacked files. */
const ImportSourceInput = z.object({
  name: z.string().max(1_000),
  files: z.array(SourceFileInput).min(1, 'no file').max(10_000),
  /** How to read it (`slack`, `pagerduty`, `csv`, `slack:inc-db` …); detected when left out. */
  reading: z.string().max(300).optional(),
});

const sizeOf = (sources: { files: { text: string }[] }[]) =>
  sources.reduce((sum, source) => sum + source.files.reduce((n, file) => n + file.text.length, 0), 0);

export const ImportRowsInput = z.object({
  meetingId: recordId,
  /**
   * What to import: one source, or several read together (the Slack export and the PagerDuty log
   * of one incident), merged in time order with the rows they both tell marked (readSources.ts).
   */
  sources: z
    .array(ImportSourceInput)
    .min(1, 'no source')
    .max(MAX_IMPORT_SOURCES)
    .refine((sources) => sizeOf(sources) <= MAX_IMPORT_CHARS, limit),
  choices: ImportChoicesInput.optional(),
  /**
   * When the preview read the sources (the window's clock, UTC milliseconds): a time of day with
   * no incident start lands on that day, the day the preview showed, though Import is pressed
   * after midnight. The core's own time when left out (the CLI reads and imports at once).
   */
  readAt: utcMs.optional(),
  /** Import the readable rows even when others cannot be read; off means all-or-nothing. */
  skipBadRows: z.boolean().optional(),
});

/** What an import did. */
export interface ImportRowsResult {
  /** How the source was read (`Slack channel export, #inc-db`); of several, each joined by ` + `. */
  label: string;
  /** Items in the source and what they are (`214`, `message`): "214 messages → 38 events". */
  total: number;
  unit: string;
  /** Each source as it was read, in the order given, for the summary of several (`readingSummary`). */
  parts: { name: string; label: string; total: number; unit: string }[];
  /** Events added (with source "imported"). */
  added: number;
  /** Rows left out because an event with the same time and text is already there. */
  duplicates: number;
  /** Rows left out as chatter, by a filter, by hand, or for an event already at the same second. */
  leftOut: number;
  /** Rows left out because another of the sources tells the same fact and that row was kept. */
  twins: number;
  /** Rows that could not be read and were skipped (only with `skipBadRows`). */
  skipped: RowError[];
  /** What a row's number counts (`line`, `message`), for naming skipped rows. */
  numberedBy: string;
  /** People the source names that no mapping gave a role or team: their rows have no actor. */
  unmapped: string[];
  /** The blameless coach's findings on the added events' descriptions: shown, never refused. */
  wording: ImportWording[];
  /**
   * What was shortened to fit the event log's limits (`message 4: text cut at 5,000 characters`,
   * the first few named; `fittedSummary`), '' when nothing was: the preview says it before, this after.
   */
  fitted: string;
}

export const timelineImportMethods = {
  /**
   * Adds events from a source (a tool's export, CSV, JSON or pasted text) read by the same pure
   * reader the preview uses (shared/domain/timeline/sources), with the preview's choices, in one
   * transaction. Any unreadable row refuses the whole import (an `invalid-input` error whose
   * issues name each row) unless `skipBadRows` is set; duplicates are never added twice.
   */
  'timeline.importRows': method(ImportRowsInput).returns<ImportRowsResult>(),
} as const;

import type { ImportRow, RowError } from '../importFields';
import type { TimeNote } from '../timeOfDay';

/** One file of an import: a pasted text is a file without a name; a zip is unpacked into its files. */
export interface SourceFile {
  name: string;
  text: string;
}

/** What the reader knows of the meeting: the zone wall-clock times are read in, and the anchor day. */
export interface ReadContext {
  timeZone: string;
  /** The incident's start (UTC ms): a time of day without a date lands on its day. */
  incidentStartAt: number | null;
  /** Now (UTC ms): the anchor day when the incident has no start. */
  now: number;
}

/**
 * An event a source proposes: the row it would import (its `line` the line, item or message
 * number the preview and errors use; its `actor` only a team or role the source itself names,
 * such as an alert's `team` label, never a person), and what the preview needs to decide on it.
 */
export interface Candidate extends ImportRow {
  /**
   * The person the source names as doing this (a Slack author, a PagerDuty agent). Never written
   * into the actor field: the preview maps each person to a role or team, unmapped stays empty.
   */
  person: string | null;
  /** Reacted to or pinned: what "keep only messages with a reaction or pin" keeps. */
  marked: boolean;
  /** Proposed to be left out as noise (an "ok", a notification sent); the person can keep it. */
  chatter: boolean;
  time: TimeNote | null;
  /** What the reader changed to fit the event's limits (`text cut at 5,000 characters`; fitFields.ts). */
  notes?: string[];
  /** Where the row came from, when several sources are imported together (readSources.ts). */
  origin?: RowOrigin;
}

/** A merged row's source and its own number there: `PagerDuty incident log, log entry 4`. */
export interface RowOrigin {
  /** The source's place in the import (0 for the first file given). */
  source: number;
  /** The file's name (a zip's, for a workspace export). */
  name: string;
  /** How the source was read (`Slack channel export`). */
  label: string;
  /** What the row's number counts in its source (`message`, `line`). */
  unit: string;
  line: number;
}

/** A source read one way: what it is, how many items it held, and the events it proposes. */
export interface SourceReading {
  reading: string;
  /** `Slack channel export`: said in the preview and by the CLI. */
  label: string;
  /** What the source counts: `message`, `log entry`, `alert`, `line`. */
  unit: string;
  /** What a row's number counts, when not `unit`: a CSV counts rows and numbers them by file line. */
  numberedBy?: string;
  /** Items in the source, events or not (messages, log entries): "214 messages → 38 events". */
  total: number;
  candidates: Candidate[];
  /** Items that cannot be read, with their number; line 0 means the whole input. */
  errors: RowError[];
}

/** One way to read a source. `detect` says how sure it is (0 = not this, 1 = certainly this). */
export interface Adapter {
  reading: string;
  label: string;
  detect(files: readonly SourceFile[]): number;
  /**
   * The parts a source can be read as, when it holds several (a workspace export's channels):
   * each becomes the reading `<reading>:<variant>`, the first the guess.
   */
  variants?(files: readonly SourceFile[]): { variant: string; label: string }[];
  read(files: readonly SourceFile[], context: ReadContext, variant: string | null): SourceReading;
}

import { z } from 'zod';
import { issueCollector, type Issue } from '../../contract/errors';
import type { MeetingRecords } from '../../types';
import {
  BUNDLE_FORMAT,
  BUNDLE_LIST_LIMITS,
  BUNDLE_MAX_CHARS,
  BUNDLE_VERSION,
  BundleSchema,
  BundleShape,
  LISTS_ADDED_LATER,
  checkReferences,
  isRecord,
  tooManyRecords,
  type Bundle,
  type BundleListKey,
} from './bundleSchema';

/** The refusal of a text longer than BUNDLE_MAX_CHARS, before it is parsed. */
export function tooLarge(size: number): string {
  const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
  return `too large for a meeting bundle (${mb(size)}; the most is ${mb(BUNDLE_MAX_CHARS)})`;
}

export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; issues: Issue[] };

const Header = z.object({ format: z.unknown(), version: z.unknown() }).passthrough();

/**
 * Reads a bundle from its JSON text and reports every problem with its JSON path. The format and
 * version are checked first: a file that is not a bundle, or one written by a newer Hindsight,
 * gets one clear sentence instead of a hundred record errors.
 */
export function parseBundle(text: string): ParsedBundle {
  if (text.length > BUNDLE_MAX_CHARS) {
    return { ok: false, issues: [{ path: '', message: tooLarge(text.length) }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const header = Header.safeParse(json);
  if (!header.success) {
    return {
      ok: false,
      issues: [{ path: '', message: 'not a Hindsight meeting bundle (expected a JSON object)' }],
    };
  }
  if (header.data.format !== BUNDLE_FORMAT) {
    return {
      ok: false,
      issues: [{ path: 'format', message: `not a Hindsight meeting bundle (expected "${BUNDLE_FORMAT}")` }],
    };
  }
  const version = header.data.version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          message: `written by a newer Hindsight (bundle version ${version}; this app reads up to ${BUNDLE_VERSION}): update Hindsight to import it`,
        },
      ],
    };
  }
  const collected = issueCollector();
  const bundle = decodeRecords(json as Record<string, unknown>, collected);
  if (collected.issues.length > 0) return { ok: false, issues: collected.issues };
  return { ok: true, bundle };
}

type Collector = ReturnType<typeof issueCollector>;
type ZodIssues = readonly { path: PropertyKey[]; message: string }[];
const isListKey = (key: string): key is BundleListKey => Object.hasOwn(BUNDLE_LIST_LIMITS, key);
const FIELDS = Object.keys(BundleShape) as (keyof typeof BundleShape)[];

/**
 * Decodes the bundle field by field, and each list record by record, with BundleShape's own
 * schemas, then checks the cross-record rules. It stops once the collector is full, and the
 * last issue says where and how many records were left unchecked: a refusal costs what the cap
 * allows, not what the file holds (a million empty events used to exhaust the heap).
 */
function decodeRecords(json: Record<string, unknown>, collected: Collector): Bundle {
  const decoded: Record<string, unknown> = {};
  const add = (prefix: PropertyKey[], issues: ZodIssues) =>
    issues.forEach((issue) => collected.add([...prefix, ...issue.path], issue.message));
  for (const [position, key] of FIELDS.entries()) {
    const value = !Object.hasOwn(json, key) && isListKey(key) && LISTS_ADDED_LATER.has(key) ? [] : json[key];
    const later = () => recordsIn(json, FIELDS.slice(position + 1));
    if (!isListKey(key) || !Array.isArray(value)) {
      const result = (BundleShape[key] as z.ZodType).safeDecode(value);
      if (result.success) decoded[key] = result.data;
      else add([key], result.error.issues);
    } else if (value.length > BUNDLE_LIST_LIMITS[key]) {
      collected.add([key], tooManyRecords(key));
    } else {
      const element = BundleShape[key].element as z.ZodType;
      const out: unknown[] = [];
      for (const [index, record] of value.entries()) {
        const result = element.safeDecode(record);
        // A broken record stays as it was, so the cross-record rules still name it by its index.
        out.push(result.success ? result.data : record);
        if (!result.success) add([key, index], result.error.issues);
        if (collected.full && index + 1 < value.length) {
          stopped(collected, `${key}[${index}]`, value.length - index - 1 + later());
          return decoded as Bundle;
        }
      }
      decoded[key] = out;
    }
    if (collected.full && position + 1 < FIELDS.length) {
      stopped(collected, key, later());
      return decoded as Bundle;
    }
  }
  // Decoded fields where they are valid (times in ms), the raw JSON where not: the rules read
  // defensively, and compare times only once decoded.
  checkReferences({ ...json, ...decoded }, collected.add);
  return decoded as Bundle;
}

/** How many records the lists named hold (0 for a field that is not a list). */
function recordsIn(json: Record<string, unknown>, keys: readonly string[]): number {
  return keys.reduce((sum, key) => {
    const value = json[key];
    return sum + (Array.isArray(value) ? value.length : isRecord(value) ? 1 : 0);
  }, 0);
}

function stopped(collected: Collector, at: string, unchecked: number): void {
  collected.issues.push({
    path: '',
    message: `checking stopped after ${collected.issues.length} problems, at ${at}; ${unchecked.toLocaleString('en')} more records were not checked`,
  });
}

/**
 * Writes a meeting's records as bundle JSON. Records are sorted by id inside each list and keys
 * come in schema order, so the same meeting always gives the same bytes (bundles diff well and
 * export → import → export is identical).
 */
export function serializeBundle(records: MeetingRecords): string {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bundle: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    meeting: records.meeting,
    participants: byId(records.participants),
    agenda: byId(records.agenda),
    timeline: byId(records.timeline),
    impact: records.impact,
    questions: byId(records.questions),
    questionNotes: byId(records.questionNotes),
    rootCause: records.rootCause,
    rootCauseItems: byId(records.rootCauseItems),
    lessons: byId(records.lessons),
    actionItems: byId(records.actionItems),
    parkingLot: byId(records.parkingLot),
    importPeople: byId(records.importPeople),
  };
  return `${JSON.stringify(BundleSchema.encode(bundle), null, 2)}\n`;
}

/** Turns a bundle back into meeting records (the bundle's format fields dropped). */
export function bundleRecordsOf(bundle: Bundle): MeetingRecords {
  const { format: _format, version: _version, ...records } = bundle;
  return records;
}

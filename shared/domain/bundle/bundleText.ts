import { z } from 'zod';
import { formatPath, type Issue } from '../../contract/errors';
import type { MeetingRecords } from '../../types';
import { BUNDLE_FORMAT, BUNDLE_VERSION, BundleSchema, type Bundle } from './bundleSchema';

export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; issues: Issue[] };

const Header = z.object({ format: z.unknown(), version: z.unknown() }).passthrough();

/**
 * Reads a bundle from its JSON text and reports every problem with its JSON path. The format and
 * version are checked first: a file that is not a bundle, or one written by a newer Hindsight,
 * gets one clear sentence instead of a hundred record errors.
 */
export function parseBundle(text: string): ParsedBundle {
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
  // safeDecode is typed for callers with a well-formed value; ours is untrusted JSON, checked here.
  const decoded = BundleSchema.safeDecode(json as z.input<typeof BundleSchema>);
  if (!decoded.success) {
    return {
      ok: false,
      issues: decoded.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  return { ok: true, bundle: decoded.data };
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
  };
  return `${JSON.stringify(BundleSchema.encode(bundle), null, 2)}\n`;
}

/** Turns a bundle back into meeting records (the bundle's format fields dropped). */
export function bundleRecordsOf(bundle: Bundle): MeetingRecords {
  const { format: _format, version: _version, ...records } = bundle;
  return records;
}

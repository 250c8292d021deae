import fs from 'node:fs';
import path from 'node:path';
import { bundleRecordsOf, parseBundle } from '../../shared/domain/bundle/bundleText';
import type { MeetingRecords } from '../../shared/types';
import { EXAMPLES_DIR } from './testCore';

/** The example bundles shipped in resources/examples, by file name without `.json`. */
export const EXAMPLE_IDS = ['cache-invalidation-misconfiguration', 'firmware-packet-drop'] as const;

/** An example bundle's records, decoded as the app holds them (times in UTC ms). */
export function exampleRecords(id: string): MeetingRecords {
  const parsed = parseBundle(fs.readFileSync(path.join(EXAMPLES_DIR, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.issues)}`);
  return bundleRecordsOf(parsed.bundle);
}

/** A meeting with nothing but its own row: every list empty. */
export function emptyMeeting(): MeetingRecords {
  const { meeting } = exampleRecords('firmware-packet-drop');
  return {
    meeting: {
      ...meeting,
      startedAt: null,
      detectedAt: null,
      mitigatedAt: null,
      resolvedAt: null,
      summary: '',
      affectedServices: [],
      severity: null,
      incidentId: '',
      blamelessStatement: '',
    },
    participants: [],
    agenda: [],
    timeline: [],
    impact: null,
    questions: [],
    questionNotes: [],
    rootCause: null,
    rootCauseItems: [],
    lessons: [],
    actionItems: [],
    parkingLot: [],
    importPeople: [],
  };
}

import fs from 'node:fs';
import path from 'node:path';
import { bundleRecordsOf, parseBundle } from '../../../../shared/domain/bundle/bundleText';
import type { EventKind, MitigationOutcome } from '../../../../shared/domain/vocabulary';
import type { MeetingRecords, TimelineEvent } from '../../../../shared/types';

/** The records of a shipped example bundle (resources/examples), as the app would hold them. */
export function exampleRecords(file: string): MeetingRecords {
  const text = fs.readFileSync(path.resolve(__dirname, '../../../../resources/examples', file), 'utf8');
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new Error(`example ${file} does not parse: ${JSON.stringify(parsed.issues)}`);
  return bundleRecordsOf(parsed.bundle);
}

let serial = 0;

/** An event at `hh:mm` UTC on 2026-03-05. */
export function event(
  time: string,
  kind: EventKind,
  outcome: MitigationOutcome | null = null,
): TimelineEvent {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    meetingId: '00000000-0000-4000-8000-000000000000',
    createdAt: serial,
    updatedAt: serial,
    deletedAt: null,
    createdBy: 'test',
    at: Date.UTC(2026, 2, 5, hours, minutes),
    kind,
    outcome,
    description: `${kind} at ${time}`,
    actor: 'On-call',
    evidence: '',
    source: 'typed',
  };
}

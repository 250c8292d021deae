import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core/createCore';
import type { Meeting, MeetingRecords, TimelineEvent } from '../../shared/types';
import type { scriptedHost } from './testCore';
import { value } from './testCore';
import { tempDir } from './tempDb';

const at = (time: string) => Date.parse(`2026-03-05T${time}Z`);

/**
 * A meeting with records of every kind, created and edited only through `core.call` the way the
 * renderer does it: updates, a fractional number, a removed (tombstoned) timeline event.
 */
export async function meetingThroughContract(core: Core): Promise<string> {
  const meeting = await value<Meeting>(core, 'meetings.create', {
    title: 'Stale product data',
    incidentId: 'INC-123',
    severity: 'SEV-2',
    startedAt: at('09:12:40'),
    detectedAt: at('10:03:00'),
    timeZone: 'Europe/Berlin',
    summary: 'Product pages showed stale prices.',
    affectedServices: ['storefront-web', 'product-api'],
  });
  const meetingId = meeting.id;
  const { agenda } = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
  const add = (method: string, input: object) => value<{ id: string }>(core, method, { meetingId, ...input });

  await add('participants.add', { name: 'Amara Okafor', role: 'facilitator' });
  await add('participants.add', { name: 'Jonas Weber', role: 'incident-owner' });
  await add('timeline.add', {
    at: at('09:41:15'),
    kind: 'first-signal',
    description: 'First ticket',
    actor: 'Customer Support',
    evidence: 'SUP-88213',
  });
  const attempt = await add('timeline.add', {
    at: at('10:31:45'),
    kind: 'mitigation-attempt',
    outcome: 'moved-symptom',
    description: 'Purged the top 200 pages',
  });
  await value<TimelineEvent>(core, 'timeline.update', {
    id: attempt.id,
    patch: { evidence: 'https://cdn.example.com/purges/7f3a91' },
  });
  const mistyped = await add('timeline.add', {
    at: at('10:40:00'),
    kind: 'other',
    description: 'Typed twice',
  });
  await value(core, 'timeline.remove', { id: mistyped.id });
  await value(core, 'impact.update', {
    meetingId,
    patch: {
      usersAffected: 48300,
      usersAffectedPercent: 18.5,
      revenueLossEstimate: 36500.75,
      currency: 'EUR',
    },
  });
  await value(core, 'questions.update', {
    meetingId,
    question: 'detect',
    patch: { answer: 'Watch the API hit ratio.', answered: true },
  });
  await add('questionNotes.add', { question: 'detect', text: 'Hit ratio jumped to 92 %' });
  await value(core, 'rootCause.update', {
    meetingId,
    patch: { primaryCause: 'A TTL rule for images also matched the API.' },
  });
  await add('rootCauseItems.add', { kind: 'why', text: 'Why stale? The edge cached API responses.' });
  await add('rootCauseItems.add', {
    kind: 'contributing-factor',
    text: 'No canary stage',
    category: 'process',
  });
  await add('lessons.add', { kind: 'got-lucky', text: 'Checkout used origin prices.' });
  await add('actionItems.add', {
    title: 'Never cache API paths at the edge',
    type: 'preventative',
    question: 'prevent',
    owner: 'Platform Edge team',
    dueDate: '2026-03-20',
    successMeasure: 'Synthetic check green for 30 days',
  });
  await add('actionItems.add', {
    title: 'Alert on API cache hit ratio',
    type: 'detective',
    owner: 'Catalog team',
  });
  await add('parkingLot.add', { text: 'Audit the other edge rules', stepId: agenda[1]!.id });
  await value(core, 'agenda.update', {
    id: agenda[2]!.id,
    patch: { plannedSeconds: 420, completed: true },
  });
  await value(core, 'meetings.update', { id: meetingId, patch: { status: 'review' } });
  return meetingId;
}

/** Exports a meeting through `bundle.exportToFile` (the dialog answers a temp path) and reads the file. */
export async function exportedText(
  core: Core,
  dialogs: ReturnType<typeof scriptedHost>,
  meetingId: string,
): Promise<string> {
  const filePath = path.join(tempDir(), 'export.hindsight.json');
  dialogs.savePaths.push(filePath);
  await value(core, 'bundle.exportToFile', { meetingId });
  return fs.readFileSync(filePath, 'utf8');
}

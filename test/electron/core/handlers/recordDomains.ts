import type { MeetingRecords } from '../../../../shared/types';
import { T0 } from '../../../helpers/factories';

type ListKey = {
  [K in keyof MeetingRecords]: MeetingRecords[K] extends unknown[] ? K : never;
}[keyof MeetingRecords];

/** One list record of a meeting, as the table-driven CRUD tests see it. */
export interface RecordDomain {
  /** The contract domain: `${domain}.add` and so on. */
  domain: string;
  /** Where `meetings.get` lists these records. */
  list: ListKey;
  /** The field `add` sets to "last", if the list has a manual order. */
  order: 'position' | 'rank' | null;
  /** A valid `add` payload (without `meetingId`). */
  add: Record<string, unknown>;
  /** A valid `update` patch that changes something. */
  patch: Record<string, unknown>;
  /** A closed-vocabulary field and a value outside it. */
  badValue: { field: string; value: unknown };
  /** A field `add` cannot do without. */
  required: string;
}

/** Every list domain with add/update/remove/restore; a new one is added here and gets every test. */
export const RECORD_DOMAINS: RecordDomain[] = [
  {
    domain: 'participants',
    list: 'participants',
    order: 'position',
    add: { name: 'Ana', role: 'incident-owner' },
    patch: { role: 'facilitator' },
    badValue: { field: 'role', value: 'culprit' },
    required: 'name',
  },
  {
    domain: 'agenda',
    list: 'agenda',
    order: 'position',
    add: { title: 'Customer call recap', kind: 'custom', plannedSeconds: 300 },
    patch: { plannedSeconds: 600, skipped: true },
    badValue: { field: 'kind', value: 'party' },
    required: 'title',
  },
  {
    domain: 'timeline',
    list: 'timeline',
    order: null,
    add: { at: T0 - 3_600_000, kind: 'alert', description: 'Cache age alert fired' },
    patch: { kind: 'detection', actor: 'On-call SRE' },
    badValue: { field: 'kind', value: 'blame' },
    required: 'description',
  },
  {
    domain: 'questionNotes',
    list: 'questionNotes',
    order: 'position',
    add: { question: 'detect', text: 'No alert on cache age' },
    patch: { text: 'No alert on cache age or hit ratio' },
    badValue: { field: 'question', value: 'why' },
    required: 'text',
  },
  {
    domain: 'rootCauseItems',
    list: 'rootCauseItems',
    order: 'position',
    add: { kind: 'contributing-factor', text: 'TTL set to a week', category: 'tools' },
    patch: { category: 'process' },
    badValue: { field: 'category', value: 'luck' },
    required: 'kind',
  },
  {
    domain: 'lessons',
    list: 'lessons',
    order: 'position',
    add: { kind: 'got-lucky', text: 'It happened on a quiet Sunday' },
    patch: { kind: 'went-wrong' },
    badValue: { field: 'kind', value: 'meh' },
    required: 'text',
  },
  {
    domain: 'actionItems',
    list: 'actionItems',
    order: 'rank',
    add: { title: 'Alert on cache age', type: 'detective', owner: 'Platform', dueDate: '2026-04-01' },
    patch: { status: 'in-progress', successMeasure: 'Fires in the drill' },
    badValue: { field: 'type', value: 'fix' },
    required: 'title',
  },
  {
    domain: 'parkingLot',
    list: 'parkingLot',
    order: null,
    add: { text: 'Should caches be per region?' },
    patch: { resolved: true },
    badValue: { field: 'resolved', value: 'yes' },
    required: 'text',
  },
];

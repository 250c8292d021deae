import type { EventKind } from '../../vocabulary';
import type { RowError } from '../importFields';
import { csvTableOf, findColumn, type CsvTable } from './csvTable';
import { firstText, isObject, objectsOf, parseJson, textOf, type JsonObject } from './json';
import { proposeKind } from './kindHints';
import { readTimestamp, repeatedNote } from './timestamps';
import { byTime } from './order';
import type { Adapter, Candidate, ReadContext, SourceFile, SourceReading } from './types';

/**
 * PagerDuty: the REST API's incident log (`GET /incidents/{id}/log_entries`, entries typed
 * `trigger_log_entry`, `acknowledge_log_entry`, …) and the web UI's CSV of an incident's log.
 * A CSV with one row per incident is a list of incidents, not a timeline, and is refused as such.
 */

/** Each log entry type as an event kind; `null` proposes leaving it out (a notification sent). */
const ENTRY_KINDS: Record<string, EventKind | null> = {
  trigger: 'alert',
  acknowledge: 'detection',
  unacknowledge: 'other',
  escalate: 'escalation',
  exhaust_escalation_path: 'escalation',
  assign: 'escalation',
  delegate: 'escalation',
  responder_request: 'escalation',
  responder_accept: 'escalation',
  annotate: 'other',
  status_update: 'communication',
  resolve: 'recovery',
  notify: null,
  snooze: null,
  reach_trigger_limit: null,
  repeat_escalation_path: null,
  urgency_change: 'other',
  priority_change: 'other',
  link: 'other',
  unlink: 'other',
};

const VERBS: Record<string, string> = {
  trigger: 'Triggered',
  acknowledge: 'Acknowledged',
  unacknowledge: 'Unacknowledged',
  escalate: 'Escalated',
  exhaust_escalation_path: 'Escalation path exhausted',
  assign: 'Reassigned',
  delegate: 'Delegated',
  responder_request: 'Responders requested',
  responder_accept: 'Responder joined',
  annotate: 'Note',
  status_update: 'Status update',
  resolve: 'Resolved',
  notify: 'Notified',
  snooze: 'Snoozed',
};

/** `acknowledge_log_entry` / `Acknowledge` / `acknowledged` → `acknowledge`. */
function entryType(type: string): string {
  const key = type.toLowerCase().replace(/_log_entry$/, '').replace(/[\s-]+/g, '_');
  if (key in ENTRY_KINDS) return key;
  return Object.keys(ENTRY_KINDS).find((known) => key.startsWith(known)) ?? key;
}

const GENERIC_SUMMARY = /^(note added|triggered through|acknowledged by|resolved by|escalated|assigned to|notified)/i;

/** The entry's words: a note's own text (its channel), not "Note added". */
function entryText(entry: JsonObject, type: string): string {
  const channel = isObject(entry.channel) ? entry.channel : {};
  const note = isObject(entry.note) ? textOf(entry.note.content) : '';
  const incident = isObject(entry.incident) ? textOf(entry.incident.summary) : '';
  const verb = VERBS[type] ?? textOf(entry.type).replace(/_log_entry$/, '').replace(/_/g, ' ');
  if (type === 'annotate' || type === 'status_update') {
    const words = firstText(note, textOf(entry.message), textOf(channel.summary), textOf(channel.details));
    if (words !== '' && !GENERIC_SUMMARY.test(words)) return `${verb}: ${words}`;
  }
  if (type === 'trigger') return `${verb}: ${firstText(channel.summary, channel.description, incident, entry.summary)}`;
  const target = firstText(isObject(entry.escalation_policy) ? entry.escalation_policy.summary : '');
  const level = typeof entry.escalation_level === 'number' ? ` to level ${entry.escalation_level}` : '';
  if (type === 'escalate' && (target || level)) return `${verb}${level}${target ? ` (${target})` : ''}`;
  return `${verb}${incident ? `: ${incident}` : ''}`;
}

function logEntriesOf(data: unknown): JsonObject[] | null {
  const list = isObject(data) ? (data.log_entries ?? (isObject(data.log_entry) ? [data.log_entry] : undefined)) : data;
  const entries = objectsOf(list);
  return entries.length > 0 && entries.every((entry) => /_log_entry$/.test(textOf(entry.type))) ? entries : null;
}

function candidateOf(line: number, at: number, type: string, description: string, person: string | null, evidence: string): Candidate {
  const kind = ENTRY_KINDS[type];
  return {
    line,
    at,
    kind: kind === undefined || kind === 'other' ? proposeKind(description) : (kind ?? 'other'),
    outcome: null,
    description,
    actor: '',
    person,
    evidence,
    marked: false,
    chatter: kind === null,
    time: null,
  };
}

function readLogEntries(files: readonly SourceFile[]): SourceReading {
  const entries = files.flatMap((file) => logEntriesOf(parseJson(file)) ?? []);
  const candidates: Candidate[] = [];
  const errors: RowError[] = [];
  entries.forEach((entry, index) => {
    const line = index + 1;
    const time = readTimestamp(entry.created_at, 'UTC');
    if (!time.ok) return errors.push({ line, message: time.message });
    const type = entryType(textOf(entry.type));
    const agent = isObject(entry.agent) ? entry.agent : {};
    const person = textOf(agent.type).startsWith('user') ? textOf(agent.summary) || null : null;
    const incident = isObject(entry.incident) ? textOf(entry.incident.html_url) : '';
    candidates.push(candidateOf(line, time.at, type, entryText(entry, type), person, firstText(entry.html_url, incident)));
  });
  // The API lists newest first; the event log reads oldest first.
  candidates.sort(byTime);
  return { reading: 'pagerduty', label: 'PagerDuty incident log (REST log_entries)', unit: 'log entry', total: entries.length, candidates, errors };
}

const TIME_COLUMNS = ['createdat', 'created', 'createdon', 'timestamp', 'time', 'date', 'at'];
const TYPE_COLUMNS = ['type', 'logentrytype', 'action', 'event', 'entrytype'];
const TEXT_COLUMNS = ['summary', 'description', 'details', 'message', 'note'];
const AGENT_COLUMNS = ['agent', 'user', 'by', 'performedby', 'who'];
const INCIDENT_LIST_COLUMNS = ['incidentnumber', 'incidentid', 'id'];

/** A CSV is PagerDuty's when it names log entry types (`*_log_entry`) or its columns are the UI's. */
function logTable(file: SourceFile): { table: CsvTable; time: string; type: string } | null {
  const table = csvTableOf(file);
  if (!table) return null;
  const time = findColumn(table.columns, TIME_COLUMNS);
  const type = findColumn(table.columns, TYPE_COLUMNS);
  if (!time || !type) return null;
  const typed = table.rows.some(({ cells }) => /_log_entry$|^(trigger|acknowledge|resolve)/i.test(cells[type] ?? ''));
  return typed ? { table, time, type } : null;
}

/** A list of incidents: one row per incident, with a number and a status or resolution time. */
function incidentList(file: SourceFile): CsvTable | null {
  const table = csvTableOf(file);
  if (!table || logTable(file)) return null;
  const columns = table.columns.map((column) => column.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const numbered = columns.some((column) => INCIDENT_LIST_COLUMNS.includes(column));
  const incidentish = columns.some((column) => /^(resolvedon|resolvedat|urgency|escalationpolicy|servicename|status)$/.test(column));
  return numbered && incidentish && columns.includes('incidentnumber') ? table : null;
}

function readLogCsv(files: readonly SourceFile[], context: ReadContext): SourceReading {
  const file = files.find((candidate) => logTable(candidate) !== null);
  const list = files.map(incidentList).find((table) => table !== null);
  if (!file) {
    const rows = list?.rows.length ?? 0;
    return {
      reading: 'pagerduty-csv',
      label: 'PagerDuty incident list',
      unit: 'incident',
      total: rows,
      candidates: [],
      errors: [
        {
          line: 0,
          message:
            `This is a list of ${rows} PagerDuty ${rows === 1 ? 'incident' : 'incidents'} (one row per incident), not an incident's timeline. ` +
            "Export the incident's log instead: its log_entries from the REST API, or the log CSV from the incident's page.",
        },
      ],
    };
  }
  const { table, time, type } = logTable(file)!;
  const text = findColumn(table.columns, TEXT_COLUMNS);
  const agent = findColumn(table.columns, AGENT_COLUMNS);
  const candidates: Candidate[] = [];
  const errors: RowError[] = [...table.errors];
  table.rows.forEach(({ line, cells: row }) => {
    const read = readTimestamp(row[time] ?? '', context.timeZone);
    if (!read.ok) return errors.push({ line, message: read.message });
    const entry = entryType(row[type] ?? '');
    const words = text ? (row[text] ?? '').trim() : '';
    const verb = VERBS[entry] ?? (row[type] ?? '').trim();
    const description = words === '' || GENERIC_SUMMARY.test(words) ? verb : `${verb}: ${words}`;
    // A trigger's agent is the service or integration that raised it, not a person to map.
    const person = agent && entry !== 'trigger' ? (row[agent] ?? '').trim() || null : null;
    // A time without an offset in the hour the clocks went back is asked about, as a CSV's is.
    candidates.push({ ...candidateOf(line, read.at, entry, description, person, ''), time: repeatedNote(read) });
  });
  return { reading: 'pagerduty-csv', label: 'PagerDuty incident log (CSV)', unit: 'log entry', numberedBy: 'line', total: table.rows.length, candidates, errors };
}

export const pagerDutyAdapter: Adapter = {
  reading: 'pagerduty',
  label: 'PagerDuty incident log (REST log_entries)',
  detect: (files) => (files.some((file) => logEntriesOf(parseJson(file)) !== null) ? 0.95 : 0),
  read: (files) => readLogEntries(files),
};

export const pagerDutyCsvAdapter: Adapter = {
  reading: 'pagerduty-csv',
  label: 'PagerDuty incident log (CSV)',
  detect: (files) => (files.some((file) => logTable(file) !== null || incidentList(file) !== null) ? 0.9 : 0),
  read: (files, context) => readLogCsv(files, context),
};

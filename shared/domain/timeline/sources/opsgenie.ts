import type { EventKind } from '../../vocabulary';
import type { RowError } from '../importFields';
import { firstText, isObject, objectsOf, parseJson, textOf, type JsonObject } from './json';
import { proposeKind } from './kindHints';
import { readTimestamp } from './timestamps';
import { byTime } from './order';
import type { Adapter, Candidate, SourceFile, SourceReading } from './types';

/**
 * Opsgenie's alert log (`GET /v2/alerts/{id}/logs`): `{ data: [{ log, type, owner, createdAt,
 * offset }], paging, took, requestId }`. The log's words say what happened ("Alert created via
 * API", "Alert acknowledged via Web", "Alert closed by …", a note's text); notifications sent to
 * people are proposed to be left out.
 */

const RULES: readonly [RegExp, EventKind | null][] = [
  [/\b(notif(ied|ication)|sent to|delivered|push notification|sms|voice call|email sent)\b/i, null],
  [/\b(alert )?(created|opened|received)\b/i, 'alert'],
  [/\backnowledged\b/i, 'detection'],
  [/\b(escalat\w*|assigned|took ownership|added responder)\b/i, 'escalation'],
  [/\b(closed|auto-?closed|resolved)\b/i, 'recovery'],
];

function logsOf(data: unknown): JsonObject[] | null {
  if (!isObject(data) || !Array.isArray(data.data)) return null;
  const logs = objectsOf(data.data);
  return logs.length > 0 && logs.every((entry) => 'log' in entry && 'createdAt' in entry) ? logs : null;
}

function read(files: readonly SourceFile[]): SourceReading {
  const logs = files.flatMap((file) => logsOf(parseJson(file)) ?? []);
  const candidates: Candidate[] = [];
  const errors: RowError[] = [];
  logs.forEach((entry, index) => {
    const line = index + 1;
    const time = readTimestamp(entry.createdAt, 'UTC');
    if (!time.ok) return errors.push({ line, message: time.message });
    const text = textOf(entry.log);
    if (text === '') return;
    const rule = RULES.find(([pattern]) => pattern.test(text));
    const isNote = /^(added )?note\b/i.test(text) || textOf(entry.type).toLowerCase() === 'note';
    const owner = textOf(entry.owner);
    candidates.push({
      line,
      at: time.at,
      kind: isNote ? proposeKind(text) : rule ? (rule[1] ?? 'other') : proposeKind(text),
      outcome: null,
      description: `Opsgenie: ${text}`,
      actor: '',
      // "System" and integrations act too; only a person's name or address is mapped.
      person: owner === '' || /^(system|api|integration)$/i.test(owner) ? null : owner,
      evidence: firstText(entry.url),
      marked: false,
      chatter: !isNote && rule !== undefined && rule[1] === null,
      time: null,
    });
  });
  // The API lists newest first; the event log reads oldest first.
  candidates.sort(byTime);
  return { reading: 'opsgenie', label: 'Opsgenie alert log', unit: 'log entry', total: logs.length, candidates, errors };
}

export const opsgenieAdapter: Adapter = {
  reading: 'opsgenie',
  label: 'Opsgenie alert log',
  detect: (files) => (files.some((file) => logsOf(parseJson(file)) !== null) ? 0.9 : 0),
  read,
};

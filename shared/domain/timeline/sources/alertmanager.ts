import type { RowError } from '../importFields';
import { firstText, isObject, objectsOf, parseJson, textOf, type JsonObject } from './json';
import { readTimestamp } from './timestamps';
import { byTime } from './order';
import type { Adapter, Candidate, SourceFile, SourceReading } from './types';

/**
 * Alertmanager's webhook payload (`webhook_config`, version 4): `{ status, alerts: [{ status,
 * labels, annotations, startsAt, endsAt, generatorURL, fingerprint }] }`. A receiver's log holds
 * many, as a JSON array or one payload per line. Each alert fires at `startsAt` and recovers at
 * `endsAt`; a still-firing alert's `endsAt` is Go's zero time (`0001-01-01T00:00:00Z`), not an
 * event. Repeated notifications of one alert are one event.
 */

const isPayload = (value: unknown): value is JsonObject =>
  isObject(value) && Array.isArray(value.alerts) && (textOf(value.version) !== '' || textOf(value.groupKey) !== '' || textOf(value.receiver) !== '');

function payloadsOf(file: SourceFile): JsonObject[] {
  const data = parseJson(file);
  if (isPayload(data)) return [data];
  if (Array.isArray(data)) return data.filter(isPayload);
  // One payload per line: what a webhook receiver that appends to a file writes.
  return file.text
    .split(/\r\n|\r|\n/)
    .map((line) => parseJson({ name: '', text: line }))
    .filter(isPayload);
}

const labelsOf = (value: unknown): Record<string, string> =>
  isObject(value) ? Object.fromEntries(Object.entries(value).map(([key, text]) => [key, textOf(text)])) : {};

function read(files: readonly SourceFile[]): SourceReading {
  const payloads = files.flatMap(payloadsOf);
  const candidates: Candidate[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const payload of payloads) {
    for (const alert of objectsOf(payload.alerts)) {
      total += 1;
      const line = total;
      const labels = { ...labelsOf(payload.commonLabels), ...labelsOf(alert.labels) };
      const annotations = { ...labelsOf(payload.commonAnnotations), ...labelsOf(alert.annotations) };
      const name = firstText(labels.alertname, 'Alert');
      const where = [labels.service, labels.instance, labels.cluster].filter(Boolean)[0];
      const summary = firstText(annotations.summary, annotations.description, annotations.message);
      const text = `${name}${where ? ` on ${where}` : ''}${summary ? `: ${summary}` : ''}`;
      const fingerprint = firstText(alert.fingerprint, JSON.stringify(labels));
      const common = {
        outcome: null,
        actor: firstText(labels.team, labels.owner_team, labels.squad),
        person: null,
        evidence: firstText(alert.generatorURL, annotations.runbook_url, payload.externalURL),
        marked: false,
        chatter: false,
        time: null,
      };
      const starts = readTimestamp(alert.startsAt, 'UTC');
      if (!starts.ok) {
        errors.push({ line, message: `alert ${line} (${name}): startsAt ${starts.message}` });
        continue;
      }
      const firingKey = `${fingerprint}\u0000${starts.at}`;
      if (!seen.has(firingKey)) {
        seen.add(firingKey);
        candidates.push({ ...common, line, at: starts.at, kind: 'alert', description: `Firing: ${text}` });
      }
      const endsText = textOf(alert.endsAt);
      if (textOf(alert.status) !== 'resolved' || endsText === '' || endsText.startsWith('0001-')) continue;
      const ends = readTimestamp(endsText, 'UTC');
      if (!ends.ok) {
        errors.push({ line, message: `alert ${line} (${name}): endsAt ${ends.message}` });
        continue;
      }
      const resolvedKey = `${fingerprint}\u0000${starts.at}\u0000resolved`;
      if (seen.has(resolvedKey)) continue;
      seen.add(resolvedKey);
      candidates.push({ ...common, line, at: ends.at, kind: 'recovery', description: `Resolved: ${text}` });
    }
  }
  // The API lists newest first; the event log reads oldest first.
  candidates.sort(byTime);
  return { reading: 'alertmanager', label: 'Alertmanager webhook payloads', unit: 'alert', total, candidates, errors };
}

export const alertmanagerAdapter: Adapter = {
  reading: 'alertmanager',
  label: 'Alertmanager webhook payloads',
  detect: (files) => (files.some((file) => payloadsOf(file).length > 0) ? 0.95 : 0),
  read,
};

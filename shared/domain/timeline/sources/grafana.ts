import type { EventKind } from '../../vocabulary';
import type { RowError } from '../importFields';
import { formatEventTime } from '../zonedTime';
import { chatSender } from './chatBots';
import { firstText, objectsOf, parseJson, textOf, type JsonObject } from './json';
import { proposeKind } from './kindHints';
import { readTimestamp } from './timestamps';
import type { Adapter, Candidate, ReadContext, SourceFile, SourceReading } from './types';

/**
 * Grafana's annotations (`GET /api/annotations`): a JSON array of `{ id, alertId, alertName,
 * dashboardUID, panelId, time, timeEnd, text, tags, login, newState, prevState }` with epoch-ms
 * times. A region has `timeEnd` after `time`; an alert-state annotation often has empty text and
 * says what happened in `newState`.
 */

const STATE_KINDS: Record<string, EventKind> = {
  alerting: 'alert',
  firing: 'alert',
  ok: 'recovery',
  normal: 'recovery',
};

const isAnnotation = (item: JsonObject) =>
  typeof item.time === 'number' && ('tags' in item || 'dashboardUID' in item || 'dashboardId' in item || 'alertId' in item);

/** Who annotated: a person to map, unless the login is a bot's or an integration's (`ci-bot`), as in a chat paste. */
const personOf = (login: string) => (login === '' || chatSender(login).bot ? null : login);

function annotationsOf(file: SourceFile): JsonObject[] {
  const items = objectsOf(parseJson(file));
  return items.length > 0 && items.every(isAnnotation) ? items : [];
}

function read(files: readonly SourceFile[], context: ReadContext): SourceReading {
  const annotations = files.flatMap(annotationsOf).sort((a, b) => Number(a.time) - Number(b.time));
  const candidates: Candidate[] = [];
  const errors: RowError[] = [];
  annotations.forEach((annotation, index) => {
    const line = index + 1;
    const time = readTimestamp(annotation.time, 'UTC');
    if (!time.ok) return errors.push({ line, message: time.message });
    const tags = Array.isArray(annotation.tags) ? annotation.tags.map(textOf).filter(Boolean) : [];
    const state = textOf(annotation.newState).toLowerCase();
    const alertName = firstText(annotation.alertName, Number(annotation.alertId) > 0 ? `Alert ${textOf(annotation.alertId)}` : '');
    const text = textOf(annotation.text).replace(/\s+/g, ' ');
    const stateText = state ? `${alertName || 'Alert'} ${textOf(annotation.prevState) ? `${textOf(annotation.prevState)} → ` : ''}${state}` : '';
    const base = text !== '' ? (stateText && !text.includes(alertName) ? `${stateText}: ${text}` : text) : stateText;
    if (base === '') return;
    const end = typeof annotation.timeEnd === 'number' && annotation.timeEnd > Number(annotation.time) ? readTimestamp(annotation.timeEnd, 'UTC') : null;
    const until = end?.ok ? ` (until ${formatEventTime(end.at, context.timeZone)})` : '';
    const tagText = tags.length > 0 ? ` [${tags.join(', ')}]` : '';
    const kind = STATE_KINDS[state] ?? (state ? 'other' : proposeKind(`${text} ${tags.join(' ')}`));
    candidates.push({
      line,
      at: time.at,
      kind,
      outcome: null,
      description: `${base}${until}${tagText}`,
      actor: '',
      person: personOf(firstText(annotation.login, annotation.email)),
      evidence: firstText(annotation.dashboardUID ? `Grafana dashboard ${textOf(annotation.dashboardUID)}${annotation.panelId ? `, panel ${textOf(annotation.panelId)}` : ''}` : ''),
      marked: false,
      // Pending and no-data states come and go while an alert settles: noise next to alerting/ok.
      chatter: state === 'pending' || state === 'no_data' || state === 'nodata',
      time: null,
    });
  });
  return { reading: 'grafana', label: 'Grafana annotations', unit: 'annotation', total: annotations.length, candidates, errors };
}

export const grafanaAdapter: Adapter = {
  reading: 'grafana',
  label: 'Grafana annotations',
  detect: (files) => (files.some((file) => annotationsOf(file).length > 0) ? 0.9 : 0),
  read,
};

import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { ReadContext, SourceFile } from '../../../../../shared/domain/timeline/sources/types';

export const FIXTURES = path.resolve(__dirname, '../../../../fixtures/sources');

/** A fixture file as the reader gets it (name relative to the fixtures folder). */
export function fixture(name: string): SourceFile {
  return { name: path.basename(name), text: fs.readFileSync(path.join(FIXTURES, name), 'utf8') };
}

function filesUnder(folder: string, prefix = ''): { name: string; full: string }[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    const name = `${prefix}${entry.name}`;
    return entry.isDirectory() ? filesUnder(full, `${name}/`) : [{ name, full }];
  });
}

/** The Slack workspace fixture zipped as Slack's export is: a top folder of JSON files. */
export function slackWorkspaceZip(): Uint8Array {
  const folder = path.join(FIXTURES, 'slack-workspace');
  const entries = Object.fromEntries(
    filesUnder(folder).map(({ name, full }) => [
      `Hindsight Slack export Oct 25 2025 - Oct 26 2025/${name}`,
      strToU8(fs.readFileSync(full, 'utf8')),
    ]),
  );
  return zipSync(entries);
}

/**
 * A source of one Slack channel's day file holding these messages, a minute apart from 21:40 UTC:
 * each its text, or the JSON of its `blocks` (written out, as JSON.stringify cannot nest deep).
 */
export function slackDay(...messages: (string | { blocks: string })[]) {
  const day = messages.map((message, index) => {
    const ts = JSON.stringify(`${1761428400 + index * 60}.000100`);
    const content =
      typeof message === 'string'
        ? `"text":${JSON.stringify(message)}`
        : `"text":"","blocks":${message.blocks}`;
    return `{"type":"message","user":"U01DANA",${content},"ts":${ts}}`;
  });
  return { name: '2025-10-25.json', files: [{ name: '2025-10-25.json', text: `[${day.join(',')}]` }] };
}

/** JSON of `value` nested 50,000 deep in `open … close`, written out. */
export const nested = (open: string, value: string, close: string, depth = 50_000) =>
  `${open.repeat(depth)}${value}${close.repeat(depth)}`;

/** Blocks whose rich-text elements nest 50,000 deep under a section with the message's words: about 750 KB. */
export const DEEP_BLOCKS = `[{"type":"section","text":{"type":"mrkdwn","text":"Primary disk full"}},${nested('{"elements":[', '{"type":"text","text":"at the bottom"}', ']}')}]`;

/** One Alertmanager webhook payload with a firing alert whose generator link is `generatorURL`. */
export function alertPayload(generatorURL: string) {
  const alert = {
    status: 'firing',
    labels: { alertname: 'OrdersDBReplicationLag', team: 'Storage' },
    annotations: { summary: 'Replication lag above 300s' },
    startsAt: '2025-10-25T21:39:45Z',
    endsAt: '0001-01-01T00:00:00Z',
    generatorURL,
    fingerprint: '6b1d0f3e2a',
  };
  const text = JSON.stringify({ receiver: 'incident-log', status: 'firing', alerts: [alert], version: '4' });
  return { name: 'webhook.json', files: [{ name: 'webhook.json', text }] };
}

/** The incident of every fixture: the orders DB outage of 25–26 October 2025 in Berlin (DST ended that night). */
export const BERLIN: ReadContext = {
  timeZone: 'Europe/Berlin',
  incidentStartAt: Date.UTC(2025, 9, 25, 21, 39),
  now: Date.UTC(2025, 10, 1),
};

export const iso = (at: number) => new Date(at).toISOString().replace('.000Z', 'Z');

import { isChatter, proposeKind } from './kindHints';
import { firstText, isObject, objectsOf, parseJson, textOf, type JsonObject } from './json';
import { readTimestamp } from './timestamps';
import type { Adapter, Candidate, SourceFile, SourceReading } from './types';
import type { RowError } from '../importFields';

/**
 * Slack's export (Workspace settings → Import/Export data → Export): `users.json`,
 * `channels.json`, and per channel a folder of day files `2025-10-26.json`, each a JSON array of
 * messages with a `ts` epoch string. A channel's day files can also be chosen on their own.
 */

/** Notices about the channel rather than the incident: never events. */
const CHANNEL_NOTICES = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'group_join',
  'group_leave',
  'group_topic',
  'group_purpose',
  'group_name',
  'pinned_item',
  'unpinned_item',
  'bot_add',
  'bot_remove',
  'channel_convert_to_private',
  'channel_posting_permissions',
  'reminder_add',
  'tombstone',
]);

const DAY_FILE = /(?:^|\/)(\d{4}-\d{2}-\d{2})\.json$/;
const SLACK_TS = /^\d{9,11}\.\d{6}$/;

const isMessage = (item: JsonObject) => textOf(item.ts) !== '' && SLACK_TS.test(textOf(item.ts));

/** The channel folder of a day file: `inc-db/2025-10-26.json` → `inc-db`; '' for a loose day file. */
const channelOf = (name: string) => {
  const parts = name.split('/');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
};

/** A loose day file, as chosen from a channel's folder: named by its date, holding Slack messages. */
export const isSlackDayFile = (file: SourceFile) =>
  DAY_FILE.test(file.name) && objectsOf(parseJson(file)).some(isMessage);

function dayFiles(files: readonly SourceFile[]): SourceFile[] {
  return files.filter((file) => DAY_FILE.test(file.name) || objectsOf(parseJson(file)).some(isMessage));
}

/** The channels that have day files, for a workspace export holding several. */
export function slackChannels(files: readonly SourceFile[]): string[] {
  return [...new Set(dayFiles(files).map((file) => channelOf(file.name)))].sort();
}

interface Directory {
  people: Map<string, string>;
  channels: Map<string, string>;
  channelIds: Map<string, string>;
}

function directoryOf(files: readonly SourceFile[]): Directory {
  const byName = (name: string) => files.find((file) => file.name === name || file.name.endsWith(`/${name}`));
  const people = new Map<string, string>();
  for (const user of objectsOf(byName('users.json') && parseJson(byName('users.json')!))) {
    const profile = isObject(user.profile) ? user.profile : {};
    const name = firstText(user.real_name, profile.real_name, profile.display_name, user.name);
    if (textOf(user.id) !== '' && name !== '') people.set(textOf(user.id), name);
  }
  const channels = new Map<string, string>();
  const channelIds = new Map<string, string>();
  for (const name of ['channels.json', 'groups.json']) {
    const file = byName(name);
    for (const channel of objectsOf(file && parseJson(file))) {
      channels.set(textOf(channel.id), textOf(channel.name));
      channelIds.set(textOf(channel.name), textOf(channel.id));
    }
  }
  return { people, channels, channelIds };
}

/** Slack's markup made readable: `<@U1|dana>` / `<@U1>` → `@Dana Kim`, `<#C1|inc>` → `#inc`, links → their label. */
function plainText(text: string, directory: Directory): string {
  return text
    .replace(
      /<@([A-Z0-9]+)(?:\|([^>]+))?>/g,
      (_all, id: string, label?: string) => `@${directory.people.get(id) ?? label ?? id}`,
    )
    .replace(
      /<#([A-Z0-9]+)(?:\|([^>]*))?>/g,
      (_all, id: string, label?: string) => `#${label || directory.channels.get(id) || id}`,
    )
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]+)>/g, '$1')
    .replace(/<!subteam\^[A-Z0-9]+>/g, '@team')
    // A date Slack shows in each reader's zone: its fallback text, as written for everyone.
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<(?:mailto|tel):[^|>]+\|([^>]+)>/g, '$1')
    .replace(/<(?:mailto|tel):([^>]+)>/g, '$1')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How deep rich-text blocks are walked: Slack nests a few levels (a list in a quote in a section);
 * text deeper than this is left unread, so a crafted file cannot make the walk endless.
 */
const MAX_BLOCK_DEPTH = 64;

/**
 * The text of rich-text blocks (`section` text, `rich_text` elements), for messages whose `text`
 * is empty, in reading order. Walked with a stack of its own: a file nesting blocks thousands
 * deep would overflow the call stack of a recursive walk.
 */
function blockText(blocks: unknown): string {
  const parts: string[] = [];
  const pending: { node: unknown; depth: number }[] = [{ node: blocks, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, depth } = next;
    if (depth > MAX_BLOCK_DEPTH) continue;
    // Pushed last to first, so the first child is taken next.
    const children = Array.isArray(node)
      ? node
      : isObject(node)
        ? [isObject(node.text) ? node.text : undefined, node.elements, node.fields]
        : [];
    if (isObject(node) && typeof node.text === 'string') parts.push(node.text);
    for (let index = children.length - 1; index >= 0; index -= 1)
      pending.push({ node: children[index], depth: depth + 1 });
  }
  return parts.join(' ');
}

/** A bot's message (an alerting integration) often keeps its words in attachments or blocks. */
function messageText(message: JsonObject): string {
  const text = textOf(message.text);
  if (text !== '') return text;
  const attachments = objectsOf(message.attachments)
    .map((attachment) =>
      firstText(
        [textOf(attachment.pretext), textOf(attachment.title), textOf(attachment.text)]
          .filter(Boolean)
          .join(': '),
        attachment.fallback,
      ),
    )
    .filter(Boolean);
  if (attachments.length > 0) return attachments.join(' — ');
  return blockText(message.blocks) || sharedFilesText(message);
}

/**
 * A message that only shares files (a dashboard's screenshot pasted mid-incident): what it
 * shared, by title. Left out for having no text, it was a fact the log lost without a word.
 */
function sharedFilesText(message: JsonObject): string {
  const titles = objectsOf(message.files)
    .map((file) => firstText(file.title, file.name))
    .filter(Boolean);
  return titles.length > 0 ? `Shared ${titles.map((title) => `“${title}”`).join(', ')}` : '';
}

/**
 * The workspace's address (`https://acme.slack.com`), which an export names only in the
 * permalinks of the files shared in it; without it a message's permalink cannot be built.
 */
function workspaceOf(messages: readonly JsonObject[]): string | null {
  for (const message of messages) {
    for (const file of objectsOf(message.files)) {
      const address = /^https:\/\/[a-z0-9-]+\.slack\.com(?=\/)/.exec(textOf(file.permalink));
      if (address) return address[0];
    }
  }
  return null;
}

/**
 * Where the message can be found again: its permalink (`/archives/<channel>/p<ts without the
 * dot>`, a reply also naming its thread) when the workspace and channel are known, else a
 * reference a person can search Slack with.
 */
function evidenceOf(
  message: JsonObject,
  channel: string,
  directory: Directory,
  workspace: string | null,
  at: number,
): string {
  const permalink = textOf(message.permalink);
  if (permalink !== '') return permalink;
  const ts = textOf(message.ts);
  const id = directory.channelIds.get(channel);
  if (workspace && id && /^\d+\.\d+$/.test(ts)) {
    const thread = textOf(message.thread_ts);
    const inThread = thread !== '' && thread !== ts ? `?thread_ts=${thread}&cid=${id}` : '';
    return `${workspace}/archives/${id}/p${ts.replace('.', '')}${inThread}`;
  }
  const where = channel === '' ? 'Slack' : `Slack #${channel}`;
  // In UTC, as Slack keeps it; toISOString, since a zone look-up per message cost most of the read.
  const utc = new Date(at).toISOString().slice(0, 19).replace('T', ' ');
  return `${where}, message ${ts}${id ? ` (channel ${id})` : ''} at ${utc} UTC`;
}

function readSlack(files: readonly SourceFile[], channel: string | null): SourceReading {
  const directory = directoryOf(files);
  const chosen = dayFiles(files)
    .filter((file) => channel === null || channelOf(file.name) === channel)
    .sort((a, b) => a.name.localeCompare(b.name));
  const candidates: Candidate[] = [];
  const errors: RowError[] = [];
  let total = 0;
  const days = chosen.map((file) => ({ file, data: parseJson(file) }));
  const workspace = workspaceOf(days.flatMap(({ data }) => objectsOf(data)));
  for (const { file, data } of days) {
    if (!Array.isArray(data)) {
      errors.push({ line: 0, message: `${file.name} is not a Slack day file (a JSON array of messages).` });
      continue;
    }
    for (const message of objectsOf(data)) {
      total += 1;
      const line = total;
      const subtype = textOf(message.subtype);
      if (CHANNEL_NOTICES.has(subtype) || message.hidden === true) continue;
      const time = readTimestamp(textOf(message.ts), 'UTC');
      if (!time.ok) {
        errors.push({ line, message: `message ${line} (${file.name}): ${time.message}` });
        continue;
      }
      const description = plainText(messageText(message), directory);
      if (description === '') continue;
      const isBot = subtype === 'bot_message' || textOf(message.bot_id) !== '';
      const profile = isObject(message.user_profile) ? message.user_profile : {};
      const userId = textOf(message.user);
      const person = isBot
        ? null
        : firstText(directory.people.get(userId), profile.real_name, profile.display_name, userId) || null;
      const isReply = textOf(message.thread_ts) !== '' && textOf(message.thread_ts) !== textOf(message.ts);
      const reacted = objectsOf(message.reactions).length > 0;
      const pinned = Array.isArray(message.pinned_to) && message.pinned_to.length > 0;
      const botName = isBot
        ? firstText(message.username, isObject(message.bot_profile) ? message.bot_profile.name : '')
        : '';
      candidates.push({
        line,
        at: time.at,
        kind: proposeKind(description, isBot ? 'alert' : 'other'),
        outcome: null,
        description:
          botName !== ''
            ? `${botName}: ${description}`
            : isReply
              ? `(in thread) ${description}`
              : description,
        actor: '',
        person,
        evidence: evidenceOf(message, channelOf(file.name), directory, workspace, time.at),
        marked: reacted || pinned,
        chatter: isChatter(description),
        time: null,
      });
    }
  }
  const shown = channel ?? channelOf(chosen[0]?.name ?? '');
  return {
    reading: channel ? `slack:${channel}` : 'slack',
    label: `Slack ${channel ? 'workspace' : 'channel'} export${shown ? `, #${shown}` : ''}`,
    unit: 'message',
    total,
    candidates,
    errors,
  };
}

const INCIDENT_CHANNEL = /inc|incident|outage|sev|war-?room/i;

export const slackAdapter: Adapter = {
  reading: 'slack',
  label: 'Slack channel export',
  detect: (files) => (dayFiles(files).length > 0 ? 0.95 : 0),
  variants(files) {
    const channels = slackChannels(files).filter((channel) => channel !== '');
    if (channels.length < 2) return [];
    // The incident's channel first: it is the one an event log is built from.
    const ordered = [
      ...channels.filter((c) => INCIDENT_CHANNEL.test(c)),
      ...channels.filter((c) => !INCIDENT_CHANNEL.test(c)),
    ];
    return ordered.map((channel) => ({ variant: channel, label: `Slack workspace export, #${channel}` }));
  },
  read: (files, _context, variant) => readSlack(files, variant),
};

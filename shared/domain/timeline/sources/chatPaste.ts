import type { RowError } from '../importFields';
import { chatSender } from './chatBots';
import { isChatter, proposeKind } from './kindHints';
import { readClockTime, readRowTime, type RowTime } from './rowTime';
import type { Adapter, Candidate, ReadContext, SourceFile, SourceReading } from './types';

/**
 * Chat as people copy it out of the window:
 * - `[09:31] dana: text`, `[9:31 PM] Dana Kim: text` (most chat clients, IRC logs);
 * - Teams: `[10/26/2025 12:03 AM] Dana Kim: text` (month first; day first when the first part is over 12);
 * - Slack's two-line copy: `Dana Kim  11:48 PM` on one line, the message on the lines below.
 * Times of day follow the line before, rolling over past midnight.
 */

const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`;
const BRACKETED = new RegExp(String.raw`^\[(${CLOCK})\]\s*([^:]{1,80}?):\s*(.*)$`);
const TEAMS = new RegExp(String.raw`^\[(\d{1,2})/(\d{1,2})/(\d{4}),?\s+(${CLOCK})\]\s*([^:]{1,80}?):\s*(.*)$`);
const SLACK_HEADER = new RegExp(String.raw`^([\p{L}][\p{L}\p{M}'. -]{0,60}?)\s+(${CLOCK})$`, 'u');

interface Message {
  line: number;
  person: string;
  time: (previousAt: number | null) => RowTime;
  lines: string[];
}

/** `11:48 PM` → `23:48`: Teams' dated times read as one local date and time. */
function to24h(clock: string): string {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?$/i.exec(clock.trim());
  if (!match) return clock;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${match[2]}:${match[3] ?? '00'}`;
}

function messagesOf(text: string, context: ReadContext): { messages: Message[]; stray: number[] } {
  const messages: Message[] = [];
  const stray: number[] = [];
  const clockTime = (clock: string) => (previousAt: number | null) =>
    readClockTime(clock, previousAt, context) ?? { ok: false as const, message: `“${clock}” is not a time of day` };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '') return;
    const teams = TEAMS.exec(line);
    if (teams) {
      const [first, second, year, clock, person = '', words = ''] = teams.slice(1);
      const [month, day] = Number(first) > 12 ? [second, first] : [first, second];
      const local = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${to24h(clock ?? '')}`;
      messages.push({ line: number, person: person.trim(), time: (previousAt) => readRowTime(local, previousAt, context), lines: [words] });
      return;
    }
    const bracketed = BRACKETED.exec(line);
    if (bracketed) {
      const [clock = '', person = '', words = ''] = bracketed.slice(1);
      messages.push({ line: number, person: person.trim(), time: clockTime(clock), lines: [words] });
      return;
    }
    const header = SLACK_HEADER.exec(line);
    if (header && header[1]!.split(/\s+/).length <= 5) {
      messages.push({ line: number, person: header[1]!.trim(), time: clockTime(header[2]!), lines: [] });
      return;
    }
    const last = messages[messages.length - 1];
    if (last) last.lines.push(line);
    else stray.push(number);
  });
  return { messages, stray };
}

function read(files: readonly SourceFile[], context: ReadContext): SourceReading {
  const { messages, stray } = messagesOf(files.map((file) => file.text).join('\n'), context);
  const candidates: Candidate[] = [];
  const errors: RowError[] = stray.map((line) => ({ line, message: 'is not a chat message (e.g. [09:31] name: text)' }));
  let previousAt: number | null = null;
  for (const message of messages) {
    const time = message.time(previousAt);
    if (!time.ok) {
      errors.push({ line: message.line, message: time.message });
      continue;
    }
    const words = message.lines.join(' ').replace(/\s+/g, ' ').trim();
    if (words === '') continue;
    previousAt = time.at;
    const sender = chatSender(message.person);
    const description = sender.bot ? `${sender.name}: ${words}` : words;
    candidates.push({
      line: message.line,
      at: time.at,
      kind: proposeKind(words, sender.bot ? 'alert' : 'other'),
      outcome: null,
      description,
      actor: '',
      person: sender.bot ? null : sender.name,
      evidence: '',
      marked: false,
      chatter: isChatter(words),
      time: time.note,
    });
  }
  return { reading: 'chat', label: 'Chat copied from a window', unit: 'line', total: messages.length, candidates, errors };
}

export const chatAdapter: Adapter = {
  reading: 'chat',
  label: 'Chat copied from a window',
  detect(files) {
    const lines = files.flatMap((file) => file.text.split(/\r\n|\r|\n/)).map((line) => line.trim()).filter(Boolean);
    if (lines.length === 0 || lines[0]!.startsWith('{') || lines[0]!.startsWith('[{')) return 0;
    const headers = lines.filter((line) => BRACKETED.test(line) || TEAMS.test(line)).length;
    const slack = lines.filter((line) => SLACK_HEADER.test(line)).length;
    // Bracketed lines are each a message; Slack's copy has a header line per message, so fewer.
    return headers / lines.length >= 0.5 ? 0.85 : slack >= 1 && slack / lines.length >= 0.2 ? 0.7 : 0;
  },
  read,
};

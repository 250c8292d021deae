import { EVENT_KINDS } from '../../shared/domain/vocabulary';
import type { TimelineEvent } from '../../shared/types';

/** 2026-03-05T08:00:00Z, the first of the generated events. */
const FIRST_AT = Date.UTC(2026, 2, 5, 8, 0, 0);
const ACTORS = ['On-call SRE', 'Payments team', 'Edge team', 'Incident commander'];

/**
 * `count` live events of one meeting, shuffled (a fixed stride, so runs compare) and spread one
 * every 7 seconds across every kind: the shape of a long incident's chat and alert export.
 */
export function manyEvents(
  count: number,
  meetingId = '00000000-0000-4000-8000-000000000000',
): TimelineEvent[] {
  return Array.from({ length: count }, (_, index) => {
    // 7919 is prime, so `index * 7919 % count` visits every slot once: out of order, no repeats.
    const slot = count > 1 && count % 7919 !== 0 ? (index * 7919) % count : index;
    const kind = EVENT_KINDS[slot % EVENT_KINDS.length]!;
    return {
      id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      meetingId,
      createdAt: FIRST_AT + index,
      updatedAt: FIRST_AT + index,
      deletedAt: null,
      createdBy: 'bench',
      at: FIRST_AT + slot * 7_000,
      kind,
      outcome: kind === 'mitigation-attempt' ? 'no-effect' : null,
      description: `Event ${slot + 1}: ${kind} on checkout-api shard ${slot % 40}`,
      actor: ACTORS[slot % ACTORS.length]!,
      evidence: slot % 10 === 0 ? `https://grafana.example.com/d/edge?from=${slot}` : '',
      source: 'imported',
    };
  });
}

/** The same facts as a JSON export (FIELD_NAMES of importFields.ts), for `timeline.importRows`. */
export function manyEventsJson(count: number): string {
  return JSON.stringify(
    manyEvents(count).map((event) => ({
      time: new Date(event.at).toISOString(),
      kind: event.kind,
      outcome: event.outcome,
      description: event.description,
      actor: event.actor,
      evidence: event.evidence,
    })),
  );
}

/**
 * A Slack channel's day file of `count` messages, one every 7 seconds from four people, one in
 * five in a thread and one in ten reacted to: a long incident channel as Slack exports it.
 */
export function longSlackChannel(count: number): { name: string; text: string } {
  const users = ['U01DANA', 'U02SAMI', 'U03LEE', 'U04ALEX'];
  const messages = Array.from({ length: count }, (_, index) => {
    const ts = `${(FIRST_AT / 1000 + index * 7).toFixed(0)}.${String(index).padStart(6, '0')}`;
    return {
      type: 'message',
      user: users[index % users.length],
      text: `<@${users[(index + 1) % users.length]}> checked shard ${index % 40}: lag ${index % 300}s`,
      ts,
      ...(index % 5 === 4 ? { thread_ts: ts } : {}),
      ...(index % 10 === 0 ? { reactions: [{ name: 'eyes', users: ['U01DANA'], count: 1 }] } : {}),
    };
  });
  return { name: 'inc-long/2026-03-05.json', text: JSON.stringify(messages) };
}

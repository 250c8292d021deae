import { useRef } from 'react';
import { fieldFindings, meetingContext } from '../../../shared/domain/coach/meetingFindings';
import type { MeetingRecords } from '../../../shared/types';
import { FindingWords } from '../coach/FindingWords';
import { captureTextOf } from './captureText';
import type { OutboxEntry, OutboxFailure } from './outbox';
import { RefusedCaptures } from './RefusedCaptures';

const KIND_LABELS: Record<string, string> = {
  'timeline.add': 'Event',
  'actionItems.add': 'Action item',
  'parkingLot.add': 'Parked',
  'questionNotes.add': 'Note',
};

/**
 * What this browser captured, newest first: each either sent (stored by the hub) or waiting, with
 * the coach's wording nudges under it (issue #14: the note-taker's fields are coached too). Saying
 * "this is fine here" is the facilitator's, on the console; a note-taker rewords or leaves it.
 * Above them, what the hub refused, to edit and send again or discard (RefusedCaptures).
 */
export function YourCaptures({
  records,
  waiting,
  refused,
  mine,
  onEdit,
  onDiscard,
}: {
  records: MeetingRecords;
  waiting: OutboxEntry[];
  refused: OutboxFailure[];
  mine: string[];
  onEdit(failure: OutboxFailure): string | null;
  onDiscard(id: string): void;
}) {
  // A discarded capture takes its buttons with it: focus stays in this list, not lost to the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const stored = new Map<string, { kind: string; text: string }>([
    ...records.timeline.map((r) => [r.id, { kind: 'Event', text: r.description }] as const),
    ...records.actionItems.map((r) => [r.id, { kind: 'Action item', text: r.title }] as const),
    ...records.parkingLot.map((r) => [r.id, { kind: 'Parked', text: r.text }] as const),
    ...records.questionNotes.map((r) => [r.id, { kind: 'Note', text: r.text }] as const),
  ]);
  const context = meetingContext(records);
  const waitingById = new Map(waiting.map((entry) => [entry.id, entry]));
  const rows = [...mine].reverse().flatMap((id) => {
    const entry = waitingById.get(id);
    if (entry)
      return [
        {
          id,
          kind: KIND_LABELS[entry.method] ?? entry.method,
          text: captureTextOf(entry.input),
          state: 'Waiting',
        },
      ];
    const saved = stored.get(id);
    return saved ? [{ id, ...saved, state: 'Sent' }] : [];
  });
  return (
    <section className="note-taker__mine" aria-labelledby="note-taker-mine">
      <h2 id="note-taker-mine" ref={heading} tabIndex={-1}>
        Your captures
      </h2>
      <RefusedCaptures
        refused={refused}
        onEdit={onEdit}
        onDiscard={(id) => {
          onDiscard(id);
          heading.current?.focus();
        }}
      />
      {rows.length === 0 && refused.length === 0 ? <p>Nothing yet.</p> : null}
      <ul>
        {rows.map((row) => {
          const findings = fieldFindings(row.text, context);
          return (
            <li
              key={row.id}
              className={`note-taker__mine-row note-taker__mine-row--${row.state.toLowerCase()}`}
            >
              <span className="note-taker__mine-kind">{row.kind}</span> <span>{row.text}</span>{' '}
              <span className="note-taker__mine-state">{row.state}</span>
              {findings.length > 0 ? (
                <ul className="coach-hint coach-hint__list" aria-label="Blameless wording">
                  {findings.map((finding) => (
                    <li key={`${finding.category}:${finding.start}`} className="coach-hint__item">
                      <FindingWords finding={finding} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

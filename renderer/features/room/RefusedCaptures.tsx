import { useState } from 'react';
import { Button } from '../../components/Button';
import { captureTextOf } from './captureText';
import type { OutboxFailure } from './outbox';

/**
 * The captures the hub refused for good, each saying why, with what to do about it: put it back
 * into its form to fix and send again, or discard it. `onEdit` answers what stops the edit (the
 * form holds other text), shown under that capture, or null.
 */
export function RefusedCaptures({
  refused,
  onEdit,
  onDiscard,
}: {
  refused: OutboxFailure[];
  onEdit(failure: OutboxFailure): string | null;
  onDiscard(id: string): void;
}) {
  const [stopped, setStopped] = useState<{ id: string; message: string } | null>(null);
  if (refused.length === 0) return null;
  return (
    <ul className="note-taker__refused" aria-label="Not saved">
      {refused.map((failure) => {
        const { id } = failure.entry;
        // The buttons are read with what they act on: the capture and the hub's reason.
        const reasonId = `note-taker-refused-${id}`;
        return (
          <li key={id} className="note-taker__refused-row">
            <p id={reasonId} className="field__error" role="alert">
              Not saved: “{captureTextOf(failure.entry.input)}”. {failure.error.message}
            </p>
            <div className="note-taker__refused-actions">
              <Button
                aria-describedby={reasonId}
                onClick={() => {
                  const message = onEdit(failure);
                  setStopped(message ? { id, message } : null);
                }}
              >
                Edit and send again
              </Button>
              <Button variant="quiet" aria-describedby={reasonId} onClick={() => onDiscard(id)}>
                Discard
              </Button>
            </div>
            {stopped?.id === id ? <p role="status">{stopped.message}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

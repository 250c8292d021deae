import { useState } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { CoachHint } from './CoachHint';
import { useFieldFindings, type CoachTarget } from './useCoach';

interface EventWordingProps {
  /** The event's saved description, as the log shows it. */
  text: string;
  coach: CoachTarget;
  /** How the row names its event in labels ("the 09:40 event"). */
  name: string;
}

/**
 * The coach's findings of a read-only text in a table row (an event's description), behind a
 * button in the row's actions: the hint block cannot sit in the description's cell, where it
 * would become part of that cell's accessible name and be read with every row. The dialog lists
 * the findings with "This is fine here" and Undo, like the hint under an editable field.
 */
export function EventWording({ text, coach, name }: EventWordingProps) {
  const findings = useFieldFindings(coach, text);
  const [open, setOpen] = useState(false);
  const hintId = `${coach.record.id}-${coach.field}-wording`;
  if (findings.length === 0 && !open) return null;
  const count = findings.length;
  return (
    <>
      <Button
        variant="quiet"
        className="coach-wording-button"
        aria-label={`Wording of ${name}: ${count} ${count === 1 ? 'nudge' : 'nudges'}`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Wording ({count})
      </Button>
      {open ? (
        <Dialog title={`Wording of ${name}`} onClose={() => setOpen(false)}>
          <blockquote className="coach-wording__text">{text}</blockquote>
          {count === 0 ? <p>No wording nudge is open.</p> : null}
          <CoachHint id={hintId} findings={findings} />
          <div className="dialog__buttons">
            <Button onClick={() => setOpen(false)}>Close</Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

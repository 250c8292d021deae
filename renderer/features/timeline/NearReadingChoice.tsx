import { useId } from 'react';
import type { TimeChoice } from '../../../shared/domain/timeline/timeChoice';

interface NearReadingChoiceProps {
  note: TimeChoice;
  chosenAt: number;
  onChoose(at: number): void;
}

/**
 * Says, before the row is saved, which day a typed time of day landed on when it rolled over
 * midnight, or which of a repeated DST hour's two times it took, and lets the person flip it.
 * Enter on a choice saves the row like anywhere else in it.
 */
export function NearReadingChoice({ note, chosenAt, onChoose }: NearReadingChoiceProps) {
  const id = useId();
  return (
    <div className="near-reading" role="group" aria-labelledby={`${id}-message`}>
      <p className="near-reading__message" id={`${id}-message`} aria-live="polite">
        {note.message}
      </p>
      <div className="near-reading__options">
        {note.options.map((option) => (
          <label key={option.at} className="near-reading__option">
            <input
              type="radio"
              name={`${id}-at`}
              checked={option.at === chosenAt}
              onChange={() => onChoose(option.at)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}

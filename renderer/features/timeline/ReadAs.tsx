import type { SourcePart } from '../../../shared/domain/timeline/sources/readSources';

interface ReadAsProps {
  part: SourcePart;
  /** Several sources: the choice says which file it reads. */
  named: boolean;
  onChange(reading: string): void;
}

/** The other readings of a source, when the detected one is wrong; nothing when there is no other. */
export function ReadAs({ part, named, onChange }: ReadAsProps) {
  if (part.options.length < 2) return null;
  return (
    <label className="import-dialog__read-as">
      {named ? `Read ${part.name} as` : 'Read as'}
      <select value={part.reading} onChange={(event) => onChange(event.target.value)}>
        {part.options.map((option) => (
          <option key={option.reading} value={option.reading}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

import { useId } from 'react';

interface ImportPeopleProps {
  people: readonly string[];
  mapping: Record<string, string>;
  /** Roles and teams to offer: the meeting's actors so far and the participants' roles. */
  suggestions: readonly string[];
  onChange(person: string, role: string): void;
}

/**
 * The people the source names, each given a role or team. An event's actor is never a person:
 * a name left unmapped leaves the actor empty, and the name itself is never written.
 */
export function ImportPeople({ people, mapping, suggestions, onChange }: ImportPeopleProps) {
  const listId = useId();
  if (people.length === 0) return null;
  return (
    <fieldset className="import-people">
      <legend>People named by the source</legend>
      <p className="import-people__hint">
        An event&apos;s actor is a role or team, never a person. Give each the role or team they acted as; anyone
        left empty gets no actor (their name is not written).
      </p>
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <div className="import-people__list">
        {people.map((person) => (
          <label key={person} className="import-people__person">
            <span>{person}</span>
            <input
              type="text"
              list={listId}
              maxLength={200}
              placeholder="Role or team"
              aria-label={`Role or team of ${person}`}
              value={mapping[person] ?? ''}
              onChange={(event) => onChange(person, event.target.value)}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

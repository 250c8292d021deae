import { useId } from 'react';

interface InlineSelectProps<Value extends string> {
  label: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange(value: Value): void;
}

/** A labelled select that saves as soon as a choice is made (a choice is never half-typed). */
export function InlineSelect<Value extends string>({
  label,
  value,
  options,
  onChange,
}: InlineSelectProps<Value>) {
  const id = useId();
  return (
    <div className="inline-field">
      <label className="inline-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

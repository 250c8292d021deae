import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button';

interface FileButtonProps {
  /** The visible button's text, e.g. "Import bundle…". */
  children: ReactNode;
  /** The hidden file input's accessible name. */
  inputLabel: string;
  /** What the input accepts, e.g. ".json,application/json". */
  accept: string;
  /** Runs with the picked file; nothing runs when the picker is dismissed. */
  onFile(file: File): void;
  variant?: ButtonVariant;
  disabled?: boolean;
}

/**
 * A visible button that opens the file picker of a hidden file input. The renderer reads the
 * file itself (it has no file system access).
 */
export function FileButton({ children, inputLabel, accept, onFile, variant, disabled }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) fires `change` again.
    event.target.value = '';
    if (file) onFile(file);
  }

  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-label={inputLabel}
        onChange={handleChange}
      />
    </>
  );
}

import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button';

interface FileButtonBase {
  /** The visible button's text, e.g. "Import bundle…". */
  children: ReactNode;
  /** The hidden file input's accessible name. */
  inputLabel: string;
  /** What the input accepts, e.g. ".json,application/json". */
  accept: string;
  variant?: ButtonVariant;
  disabled?: boolean;
}

type FileButtonProps = FileButtonBase &
  (
    | {
        /** Runs with the picked file; nothing runs when the picker is dismissed. */
        onFile(file: File): void;
        onFiles?: never;
      }
    | {
        /** Several files may be picked at once: runs with them all, in the picker's order. */
        onFiles(files: File[]): void;
        onFile?: never;
      }
  );

/**
 * A visible button that opens the file picker of a hidden file input. The renderer reads the
 * file itself (it has no file system access).
 */
export function FileButton({ children, inputLabel, accept, onFile, onFiles, variant, disabled }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Cleared so that picking the same file again (after fixing it) fires `change` again.
    event.target.value = '';
    if (files.length === 0) return;
    if (onFiles) onFiles(files);
    else onFile(files[0]!);
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
        multiple={onFiles !== undefined}
        hidden
        tabIndex={-1}
        aria-label={inputLabel}
        onChange={handleChange}
      />
    </>
  );
}

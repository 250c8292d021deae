import { useRef, type ChangeEvent } from 'react';
import { Button, type ButtonVariant } from '../../components/Button';
import { useApp } from '../../store/useApp';

/**
 * "Import bundle…": a visible button that opens the file picker of a hidden file input. The
 * renderer reads the file itself (it has no file system access), and the core validates it.
 */
export function ImportBundleButton({ variant = 'secondary' }: { variant?: ButtonVariant }) {
  const importBundleFile = useApp((state) => state.importBundleFile);
  const input = useRef<HTMLInputElement>(null);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again (after fixing it) fires `change` again.
    event.target.value = '';
    if (file) void importBundleFile(file);
  }

  return (
    <>
      <Button variant={variant} onClick={() => input.current?.click()}>
        Import bundle…
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-label="Meeting bundle file"
        onChange={handleChange}
      />
    </>
  );
}

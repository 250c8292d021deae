import type { ButtonVariant } from '../../components/Button';
import { FileButton } from '../../components/FileButton';
import { useApp } from '../../store/useApp';

/**
 * "Import bundle…": a visible button that opens the file picker of a hidden file input. The
 * renderer reads the file itself (it has no file system access), and the core validates it.
 */
export function ImportBundleButton({ variant = 'secondary' }: { variant?: ButtonVariant }) {
  const importBundleFile = useApp((state) => state.importBundleFile);
  return (
    <FileButton
      variant={variant}
      accept=".json,application/json"
      inputLabel="Meeting bundle file"
      onFile={(file) => void importBundleFile(file)}
    >
      Import bundle…
    </FileButton>
  );
}

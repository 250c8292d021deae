/** The modifier people press for commands here: ⌘ on a Mac, Ctrl elsewhere. */
export const COMMAND_KEY = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent) ? '⌘' : 'Ctrl';

/**
 * A key combination shown inside a control ("Ctrl N"). Hidden from screen readers, which get the
 * control's `aria-keyshortcuts` instead of a second reading of the label.
 */
export function Kbd({ children }: { children: string }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}

import { useEffect, useRef } from 'react';
import { matchCommand, type CommandId } from '../../../shared/commands';

export type CommandHandlers = Partial<Record<CommandId, (stepNumber?: number) => void>>;

/** Where a key press belongs to what has focus: typing, a menu, a dialog. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog') !== null
  );
}

/**
 * The live console's keyboard: one window listener that runs the commands of
 * shared/commands.ts. Keys typed into a field or a dialog, and keys another control already
 * handled (the tab list's arrows), are left alone.
 */
export function useConsoleShortcuts(handlers: CommandHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat || isTypingTarget(event.target)) return;
      const match = matchCommand(event);
      const run = match && !match.command.comingIn ? latest.current[match.command.id] : undefined;
      if (!match || !run) return;
      // Space is the timer everywhere in the console (the "space = start/pause"): after a
      // mouse click leaves focus on a button, Space must pause, not press that button again.
      // Keyboard users activate a focused button with Enter.
      event.preventDefault();
      run(match.stepNumber);
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
}

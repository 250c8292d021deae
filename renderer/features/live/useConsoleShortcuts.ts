import { useEffect, useRef } from 'react';
import { commandOf, matchCommand, type CommandId } from '../../../shared/commands';
import { useApp } from '../../store/useApp';

export type CommandHandlers = Partial<Record<CommandId, (stepNumber?: number) => void>>;

/** Where a key press belongs to what has focus: typing, a menu, a dialog. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog') !== null
  );
}

/**
 * Runs the commands of shared/commands.ts that `handlers` names, from their keys and from the
 * native menu (`menuCommandChosen`, sent to this window only when it has the focus): one path,
 * so a menu item does exactly what its keys do. Keys typed into a field or a dialog, and keys
 * another control already handled (the tab list's arrows), are left alone unless `whileTyping`;
 * a menu choice is always deliberate, so it runs wherever the focus is.
 */
export function useConsoleShortcuts(
  handlers: CommandHandlers,
  options: { whileTyping?: boolean } = {},
): void {
  const whileTyping = options.whileTyping ?? false;
  const onMenuCommand = useApp((state) => state.onMenuCommand);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const runnable = (id: CommandId) => (commandOf(id).comingIn ? undefined : latest.current[id]);
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.repeat) return;
      if (!whileTyping && isTypingTarget(event.target)) return;
      const match = matchCommand(event);
      const run = match ? runnable(match.command.id) : undefined;
      if (!match || !run) return;
      // Space is the timer everywhere in the console (the "space = start/pause"): after a
      // mouse click leaves focus on a button, Space must pause, not press that button again.
      // Keyboard users activate a focused button with Enter.
      event.preventDefault();
      run(match.stepNumber);
    }
    window.addEventListener('keydown', handleKeyDown);
    const stopMenu = onMenuCommand(({ id, stepNumber }) => runnable(id)?.(stepNumber));
    return () => {
      window.removeEventListener('keydown', handleKeyDown);
      stopMenu();
    };
  }, [onMenuCommand, whileTyping]);
}

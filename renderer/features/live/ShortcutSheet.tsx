import { COMMANDS } from '../../../shared/commands';
import { Button } from '../../components/Button';
import { COMMAND_KEY, Kbd } from '../../components/Kbd';
import { Dialog } from '../../components/Dialog';

/** A command's shortcut as this machine writes it (`Mod` is ⌘ on a Mac, Ctrl elsewhere). */
export function shortcutText(shortcut: string): string {
  return shortcut.replace('Mod', COMMAND_KEY);
}

/** The `?` sheet: every command of the live console with its keys, rendered from shared/commands.ts. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcut-sheet">
      <table className="shortcut-sheet__table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Command</th>
          </tr>
        </thead>
        <tbody>
          {COMMANDS.map((command) => (
            <tr key={command.id} className={command.comingIn ? 'shortcut-sheet__row--later' : undefined}>
              <td>
                <Kbd>{shortcutText(command.shortcut)}</Kbd>
              </td>
              <td>
                {command.label}
                {command.comingIn ? <span className="muted"> — coming with {command.comingIn}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Keys without Ctrl/⌘ work whenever the focus is not in a text field; Ctrl/⌘ Shift A and Ctrl/⌘ Shift P
        work everywhere. On a selected event of the log, Ctrl/⌘ Shift P parks that event. The Meeting menu
        lists the same commands.
      </p>
      <div className="dialog__buttons">
        <Button variant="primary" onClick={onClose} data-autofocus>
          Close
        </Button>
      </div>
    </Dialog>
  );
}

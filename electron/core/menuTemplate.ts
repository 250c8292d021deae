import { COMMANDS, type Command } from '../../shared/commands';
import type { MenuCommandChoice } from '../../shared/contract';

/**
 * The roles the menu uses: a subset of Electron's, named here so this file stays free of
 * `electron` and runs in plain Node (STYLE B3); electron/main/menu.ts hands the template to
 * `Menu.buildFromTemplate`, which type-checks it against Electron's own options.
 */
export type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'editMenu'
  | 'windowMenu'
  | 'help'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools';

export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  /** False: the keys are shown beside the label but not taken from the page (Linux, Windows). */
  registerAccelerator?: boolean;
  enabled?: boolean;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools in the View menu: in development only. */
  developerTools: boolean;
  /** Runs a console command in the focused window. */
  onCommand(choice: MenuCommandChoice): void;
}

const MODIFIER = /(^|\+)(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Super|Meta)\+/i;

/**
 * Whether the accelerator can be taken from the page without getting in the way of typing.
 * Space, the arrows, digits, letters and Shift+key are what a person types into the console's
 * fields: a menu holding them would steal a space from a text box. The console's own key
 * handling (useConsoleShortcuts) knows when focus is in a field, so those stay with it.
 */
export function registersAccelerator(accelerator: string): boolean {
  return MODIFIER.test(accelerator);
}

/**
 * The application menu (Electron's template shape): the platform's usual app, File, Edit, View,
 * Window and Help menus, and a Meeting menu with the console commands of shared/commands.ts,
 * so menu, keys and the shortcut sheet cannot drift apart. "Keyboard shortcuts" sits in Help.
 *
 * The Meeting items stay enabled everywhere and are harmless where they make no sense: the
 * command goes to the focused window, and a window with no meeting console open (the library,
 * the projector) has nobody listening, exactly as its keys do nothing there. Greying them would
 * need every window to report its screen to main, for no safer outcome.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const meetingItems = COMMANDS.filter((command) => command.id !== 'shortcuts.show').map((command) =>
    command.id === 'agenda.jump'
      ? {
          id: command.id,
          label: 'Go to step',
          submenu: Array.from({ length: 9 }, (_, index) => {
            const digit = String(index + 1);
            return commandItem(options, command, {
              label: `Step ${digit}`,
              keys: digit,
              stepNumber: index + 1,
            });
          }),
        }
      : commandItem(options, command),
  );
  const shortcuts = COMMANDS.find((command) => command.id === 'shortcuts.show')!;
  const developerItems: MenuItemSpec[] = options.developerTools
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    // Undo, cut, copy and paste reach text fields through these roles (on macOS, only through them).
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Meeting', submenu: meetingItems },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: 'Help',
      submenu: [commandItem(options, shortcuts, { label: 'Keyboard shortcuts' })],
    },
  ];
}

/** A command as a menu item; `variant` names one digit of "Go to step", or another label. */
function commandItem(
  options: MenuOptions,
  command: Command,
  variant: { label?: string; keys?: string; stepNumber?: number } = {},
): MenuItemSpec {
  const { label = command.label, stepNumber } = variant;
  const accelerator = variant.keys ?? command.accelerator;
  const item: MenuItemSpec = {
    id: stepNumber === undefined ? command.id : `${command.id}.${stepNumber}`,
    label,
    enabled: !command.comingIn,
    click: () =>
      options.onCommand(stepNumber === undefined ? { id: command.id } : { id: command.id, stepNumber }),
  };
  // The Ctrl/⌘ commands only open a dialog, so when the page also acts on the same keys the
  // second run changes nothing.
  if (registersAccelerator(accelerator)) return { ...item, accelerator };
  // macOS ignores registerAccelerator (electron/electron#18295): a key equivalent there fires
  // even while typing, so the keys are written into the label instead.
  if (options.platform === 'darwin')
    return { ...item, label: `${label} (${variant.keys ?? command.shortcut})` };
  return { ...item, accelerator, registerAccelerator: false };
}

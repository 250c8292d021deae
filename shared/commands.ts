/**
 * The keyboard commands of the live console (issue #6): one list that the key handling, the
 * buttons' shortcut hints, the `?` sheet and the native menu (electron/core/menuTemplate.ts)
 * all read, so they cannot drift apart.
 */

/** One way to press a command. Matches on `key` (the character typed) or `code` (the key's place). */
export interface KeyBinding {
  key?: string;
  code?: string;
  /** Must Shift be held (true), must it not be (false); either when left out. */
  shift?: boolean;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
}

export interface Command {
  id: CommandId;
  label: string;
  /** How the sheet and the buttons show the keys; `Mod` stands for Ctrl or ⌘. */
  shortcut: string;
  /** Electron's accelerator syntax, for the native menu. */
  accelerator: string;
  keys: readonly KeyBinding[];
  /** Set for a command whose feature has not landed yet: listed, greyed, not run. */
  comingIn?: string;
}

export type CommandId =
  | 'timer.toggle'
  | 'agenda.next'
  | 'agenda.previous'
  | 'timer.extendOne'
  | 'timer.extendFive'
  | 'agenda.jump'
  | 'meeting.end'
  | 'projector.open'
  | 'room.open'
  | 'shortcuts.show'
  | 'chime.toggleMute'
  | 'meeting.moveOn'
  | 'parkingLot.capture'
  | 'actionItems.quickAdd'
  | 'walk.next'
  | 'walk.previous';

const digits = Array.from({ length: 9 }, (_, index) => ({ key: String(index + 1), mod: false }));

/** Every command, in the order the shortcut sheet lists them. */
export const COMMANDS: readonly Command[] = [
  {
    id: 'timer.toggle',
    label: 'Start or pause the timer',
    shortcut: 'Space',
    accelerator: 'Space',
    keys: [{ key: ' ' }],
  },
  {
    id: 'agenda.next',
    label: 'Next step',
    shortcut: '→',
    accelerator: 'Right',
    keys: [{ key: 'ArrowRight', shift: false }],
  },
  {
    id: 'agenda.previous',
    label: 'Previous step',
    shortcut: '←',
    accelerator: 'Left',
    keys: [{ key: 'ArrowLeft', shift: false }],
  },
  {
    id: 'timer.extendOne',
    label: 'Add 1 minute',
    shortcut: '+',
    accelerator: '=',
    // On a US keyboard "+" needs Shift, so the unshifted "=" on the same key counts as "+".
    keys: [
      { key: '=', shift: false },
      { key: '+', shift: false },
      { code: 'NumpadAdd', shift: false },
    ],
  },
  {
    id: 'timer.extendFive',
    label: 'Add 5 minutes',
    shortcut: 'Shift +',
    accelerator: 'Shift+=',
    keys: [
      { code: 'Equal', shift: true },
      { code: 'NumpadAdd', shift: true },
    ],
  },
  { id: 'agenda.jump', label: 'Go to step 1–9', shortcut: '1–9', accelerator: '1', keys: digits },
  {
    id: 'meeting.end',
    label: 'End the meeting',
    shortcut: 'Mod Shift E',
    accelerator: 'CmdOrCtrl+Shift+E',
    keys: [
      { key: 'e', shift: true, mod: true },
      { key: 'E', shift: true, mod: true },
    ],
  },
  {
    id: 'projector.open',
    label: 'Open the projector view',
    shortcut: 'P',
    accelerator: 'P',
    keys: [{ key: 'p', mod: false }],
  },
  {
    id: 'room.open',
    label: 'Open the room to note-takers',
    shortcut: 'Mod Shift O',
    accelerator: 'CmdOrCtrl+Shift+O',
    keys: [
      { key: 'o', shift: true, mod: true },
      { key: 'O', shift: true, mod: true },
    ],
  },
  {
    id: 'shortcuts.show',
    label: 'Show keyboard shortcuts',
    shortcut: '?',
    accelerator: 'Shift+/',
    keys: [{ key: '?' }],
  },
  {
    id: 'chime.toggleMute',
    label: 'Mute or unmute the time-up chime',
    shortcut: 'M',
    accelerator: 'M',
    keys: [{ key: 'm', mod: false }],
  },
  {
    id: 'meeting.moveOn',
    label: 'Show or hide “Enough, let’s move on”',
    shortcut: 'E',
    accelerator: 'E',
    keys: [{ key: 'e', mod: false }],
  },
  {
    id: 'parkingLot.capture',
    label: 'Park an off-topic remark',
    shortcut: 'Mod Shift P',
    accelerator: 'CmdOrCtrl+Shift+P',
    keys: [
      { key: 'p', shift: true, mod: true },
      { key: 'P', shift: true, mod: true },
    ],
  },
  {
    id: 'actionItems.quickAdd',
    label: 'Add an action item (in a question step, to that question)',
    shortcut: 'Mod Shift A',
    accelerator: 'CmdOrCtrl+Shift+A',
    keys: [
      { key: 'a', shift: true, mod: true },
      { key: 'A', shift: true, mod: true },
    ],
  },
  // Only the Event log and Action review steps run these (their walks name them); elsewhere the
  // arrows keep scrolling the page.
  {
    id: 'walk.next',
    label: 'Next event or action item (Event log, Action review steps)',
    shortcut: '↓',
    accelerator: 'Down',
    keys: [{ key: 'ArrowDown', shift: false }],
  },
  {
    id: 'walk.previous',
    label: 'Previous event or action item (Event log, Action review steps)',
    shortcut: '↑',
    accelerator: 'Up',
    keys: [{ key: 'ArrowUp', shift: false }],
  },
];

/** The parts of a key press the matcher reads (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

function matches(binding: KeyBinding, press: KeyPress): boolean {
  if (press.altKey) return false;
  const mod = press.ctrlKey || press.metaKey;
  if ((binding.mod ?? false) !== mod) return false;
  if (binding.shift !== undefined && binding.shift !== press.shiftKey) return false;
  return binding.key !== undefined ? binding.key === press.key : binding.code === press.code;
}

/** The command a key press runs, with the step number for the digit keys; null for none. */
export function matchCommand(press: KeyPress): { command: Command; stepNumber?: number } | null {
  for (const command of COMMANDS) {
    if (!command.keys.some((binding) => matches(binding, press))) continue;
    return command.id === 'agenda.jump' ? { command, stepNumber: Number(press.key) } : { command };
  }
  return null;
}

/** The command with this id. */
export function commandOf(id: CommandId): Command {
  return COMMANDS.find((command) => command.id === id)!;
}

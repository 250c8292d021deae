import { describe, expect, it } from 'vitest';
import { COMMANDS, matchCommand, type KeyPress } from '../../shared/commands';

function press(key: string, overrides: Partial<KeyPress> = {}): KeyPress {
  return { key, code: '', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...overrides };
}

const idOf = (keyPress: KeyPress) => matchCommand(keyPress)?.command.id ?? null;

describe('matchCommand', () => {
  it('maps the live console keys to their commands', () => {
    expect(idOf(press(' '))).toBe('timer.toggle');
    expect(idOf(press('ArrowRight'))).toBe('agenda.next');
    expect(idOf(press('ArrowLeft'))).toBe('agenda.previous');
    expect(idOf(press('?', { shiftKey: true }))).toBe('shortcuts.show');
    expect(idOf(press('m'))).toBe('chime.toggleMute');
    expect(idOf(press('e'))).toBe('meeting.moveOn');
    expect(idOf(press('p'))).toBe('projector.open');
  });

  it('tells +1 minute from +5 minutes on a US keyboard, where "+" is Shift with "="', () => {
    expect(idOf(press('=', { code: 'Equal' }))).toBe('timer.extendOne');
    expect(idOf(press('+', { code: 'Equal', shiftKey: true }))).toBe('timer.extendFive');
    expect(idOf(press('+', { code: 'NumpadAdd' }))).toBe('timer.extendOne');
    expect(idOf(press('+', { code: 'NumpadAdd', shiftKey: true }))).toBe('timer.extendFive');
  });

  it('answers the step number for the digit keys', () => {
    expect(matchCommand(press('3'))).toMatchObject({ command: { id: 'agenda.jump' }, stepNumber: 3 });
    expect(matchCommand(press('0'))).toBeNull();
  });

  it('keeps Ctrl and ⌘ combinations apart from the plain keys', () => {
    expect(idOf(press('p', { ctrlKey: true }))).toBeNull();
    expect(idOf(press('P', { metaKey: true, shiftKey: true }))).toBe('parkingLot.capture');
    expect(idOf(press('E', { ctrlKey: true, shiftKey: true }))).toBe('meeting.end');
    expect(idOf(press('ArrowRight', { altKey: true }))).toBeNull();
  });

  it('maps ↓ and ↑ to the review walk and Ctrl or ⌘ Shift A to the quick-add box', () => {
    expect(idOf(press('ArrowDown'))).toBe('walk.next');
    expect(idOf(press('ArrowUp'))).toBe('walk.previous');
    // Shift+↓ selects text in the page; it is no command.
    expect(idOf(press('ArrowDown', { shiftKey: true }))).toBeNull();
    expect(idOf(press('A', { ctrlKey: true, shiftKey: true }))).toBe('actionItems.quickAdd');
    expect(idOf(press('a', { metaKey: true, shiftKey: true }))).toBe('actionItems.quickAdd');
    expect(idOf(press('a', { ctrlKey: true }))).toBeNull();
  });

  it('gives every command a label, a shortcut and at least one key', () => {
    for (const command of COMMANDS) {
      expect(command.label.length, command.id).toBeGreaterThan(3);
      expect(command.shortcut.length, command.id).toBeGreaterThan(0);
      expect(command.keys.length, command.id).toBeGreaterThan(0);
    }
    expect(new Set(COMMANDS.map((command) => command.id)).size).toBe(COMMANDS.length);
  });
});

import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../shared/commands';
import type { MenuCommandChoice } from '../../../shared/contract';
import {
  buildMenuTemplate,
  registersAccelerator,
  type MenuItemSpec,
} from '../../../electron/core/menuTemplate';

function menu(platform: NodeJS.Platform, developerTools = false) {
  const chosen: MenuCommandChoice[] = [];
  const template = buildMenuTemplate({
    platform,
    developerTools,
    onCommand: (choice) => chosen.push(choice),
  });
  return { template, chosen };
}

/** Every item of the template, submenus included, depth first. */
function flatten(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

const topLevel = (template: MenuItemSpec[]) => template.map((item) => item.role ?? item.label);
const submenuOf = (template: MenuItemSpec[], name: string) =>
  template.find((item) => item.label === name || item.role === name)?.submenu ?? [];
const itemById = (template: MenuItemSpec[], id: string) => {
  const found = flatten(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};

describe('registersAccelerator', () => {
  it('takes only keys held with Ctrl, ⌘ or Alt from the page', () => {
    expect(registersAccelerator('CmdOrCtrl+Shift+E')).toBe(true);
    expect(registersAccelerator('Alt+Up')).toBe(true);
    for (const bare of ['Space', 'Right', '1', 'P', '=', 'Shift+=', 'Shift+/']) {
      expect(registersAccelerator(bare)).toBe(false);
    }
  });
});

describe('buildMenuTemplate', () => {
  it('lists every console command once, the shortcut sheet in Help and the rest in Meeting', () => {
    const { template } = menu('linux');
    const commandIds = flatten(template)
      .map((item) => item.id)
      .filter((id): id is string => id !== undefined && !/\.\d$/.test(id));
    expect(commandIds.sort()).toEqual(COMMANDS.map((command) => command.id).sort());
    expect(submenuOf(template, 'help').map((item) => [item.id, item.label])).toEqual([
      ['shortcuts.show', 'Keyboard shortcuts'],
    ]);
    const meeting = submenuOf(template, 'Meeting');
    expect(meeting.map((item) => item.id)).toEqual(
      COMMANDS.filter((command) => command.id !== 'shortcuts.show').map((command) => command.id),
    );
    expect(itemById(template, 'agenda.next')).toMatchObject({ label: 'Next step', accelerator: 'Right' });
  });

  it('shows bare keys without registering them, so typing in a field never runs a command', () => {
    const { template } = menu('win32');
    for (const id of [
      'timer.toggle',
      'agenda.next',
      'timer.extendFive',
      'projector.open',
      'shortcuts.show',
    ]) {
      expect(itemById(template, id)).toMatchObject({ registerAccelerator: false });
    }
    expect(itemById(template, 'timer.toggle').accelerator).toBe('Space');
    expect(itemById(template, 'agenda.jump.4')).toMatchObject({
      label: 'Step 4',
      accelerator: '4',
      registerAccelerator: false,
    });
  });

  it('registers the Ctrl/⌘ commands, which typing cannot produce', () => {
    const { template } = menu('linux');
    for (const id of ['meeting.end', 'parkingLot.capture']) {
      const item = itemById(template, id);
      expect(item.accelerator).toMatch(/^CmdOrCtrl\+/);
      expect(item.registerAccelerator).toBeUndefined();
    }
  });

  it('writes bare keys into the label on macOS, where any key equivalent would fire', () => {
    const { template } = menu('darwin');
    expect(itemById(template, 'timer.toggle')).toMatchObject({ label: 'Start or pause the timer (Space)' });
    expect(itemById(template, 'timer.toggle').accelerator).toBeUndefined();
    expect(itemById(template, 'agenda.jump.3')).toMatchObject({ label: 'Step 3 (3)' });
    expect(itemById(template, 'agenda.jump.3').accelerator).toBeUndefined();
    expect(itemById(template, 'meeting.end').accelerator).toBe('CmdOrCtrl+Shift+E');
  });

  it('has the macOS app menu on macOS only, and the usual menus everywhere', () => {
    const usual = ['fileMenu', 'editMenu', 'View', 'Meeting', 'windowMenu', 'help'];
    expect(topLevel(menu('darwin').template)).toEqual(['appMenu', ...usual]);
    expect(topLevel(menu('linux').template)).toEqual(usual);
    expect(topLevel(menu('win32').template)).toEqual(usual);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (developerTools: boolean) =>
      submenuOf(menu('linux', developerTools).template, 'View').map((item) => item.role ?? item.type);
    expect(roles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('passes the chosen command, with the step for a digit, to onCommand', () => {
    const { template, chosen } = menu('linux');
    itemById(template, 'agenda.next').click?.();
    itemById(template, 'agenda.jump.7').click?.();
    itemById(template, 'shortcuts.show').click?.();
    expect(chosen).toEqual([
      { id: 'agenda.next' },
      { id: 'agenda.jump', stepNumber: 7 },
      { id: 'shortcuts.show' },
    ]);
  });
});

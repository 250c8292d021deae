import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, ipcMain, resetElectronMock } from './electronMock';
import { methodNames } from '../../../shared/contract';
import { channelOf, eventChannelOf } from '../../../shared/contract/define';
import { connectIpc, forwardEvents, registerContract } from '../../../electron/main/ipc';
import { testCore, value } from '../../helpers/testCore';
import type { Meeting } from '../../../shared/types';

vi.mock('electron', () => import('./electronMock'));

const trustedSender = { id: 1 };
const strangerSender = { id: 99 };
const isTrusted = (sender: { id: number }) => sender.id === trustedSender.id;

function fakeWindows(count: number): BrowserWindow[] {
  return Array.from({ length: count }, () => new BrowserWindow({}));
}
const asElectron = (windows: BrowserWindow[]) => windows as unknown as ElectronWindow[];

beforeEach(resetElectronMock);

describe('registerContract', () => {
  it('registers exactly one handler per contract method, each on its own channel', async () => {
    const { core } = await testCore();
    registerContract(ipcMain, core, isTrusted);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(methodNames.length);
  });

  it('serves a trusted sender through the core', async () => {
    const { core } = await testCore();
    registerContract(ipcMain, core, isTrusted);
    const result = await ipcMain.invoke(channelOf('meetings.create'), trustedSender, {
      title: 'Checkout outage',
    });
    expect(result).toMatchObject({ ok: true, value: { title: 'Checkout outage' } });
  });

  it('answers a bad payload with invalid-input from the real core and writes nothing', async () => {
    const { core } = await testCore();
    registerContract(ipcMain, core, isTrusted);
    const result = await ipcMain.invoke(channelOf('meetings.create'), trustedSender, { title: 42 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'title' }] },
    });
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('refuses an untrusted sender without calling the core', async () => {
    const { core } = await testCore();
    const call = vi.spyOn(core, 'call');
    registerContract(ipcMain, core, isTrusted);
    const result = await ipcMain.invoke(channelOf('meetings.create'), strangerSender, { title: 'Sneaky' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'transport', message: expect.stringMatching(/untrusted sender/) },
    });
    expect(call).not.toHaveBeenCalled();
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('removes every handler it registered when undone', async () => {
    const { core } = await testCore();
    const unregister = registerContract(ipcMain, core, isTrusted);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('forwardEvents', () => {
  it('sends a committed change to every open window on the event’s channel', async () => {
    const { core } = await testCore();
    const windows = fakeWindows(2);
    forwardEvents(core, () => asElectron(windows));
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
    for (const window of windows) {
      expect(window.webContents.send).toHaveBeenCalledWith(
        eventChannelOf('meetingChanged'),
        expect.objectContaining({
          meetingId: meeting.id,
          records: expect.arrayContaining([{ kind: 'meeting', record: meeting }]),
        }),
      );
    }
  });

  it('skips a window that has been destroyed', async () => {
    const { core } = await testCore();
    const [open, closed] = fakeWindows(2) as [BrowserWindow, BrowserWindow];
    closed.close();
    forwardEvents(core, () => asElectron([open, closed]));
    await value(core, 'meetings.create', { title: 'Checkout outage' });
    expect(open.webContents.send).toHaveBeenCalledTimes(1);
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });

  it('stops sending once undone', async () => {
    const { core } = await testCore();
    const windows = fakeWindows(1);
    const stop = forwardEvents(core, () => asElectron(windows));
    stop();
    await value(core, 'meetings.create', { title: 'Checkout outage' });
    expect(windows[0]?.webContents.send).not.toHaveBeenCalled();
  });
});

describe('connectIpc', () => {
  it('registers on Electron’s ipcMain and forwards to the windows it is given, until disconnected', async () => {
    const { core } = await testCore();
    const windows = fakeWindows(1);
    const disconnect = connectIpc(core, { isTrusted, all: () => asElectron(windows) });
    const result = await ipcMain.invoke(channelOf('meetings.create'), trustedSender, {
      title: 'Checkout outage',
    });
    expect(result).toMatchObject({ ok: true });
    expect(windows[0]?.webContents.send).toHaveBeenCalledTimes(1);
    disconnect();
    expect(ipcMain.handlers.size).toBe(0);
    await value(core, 'meetings.create', { title: 'Another' });
    expect(windows[0]?.webContents.send).toHaveBeenCalledTimes(1);
  });
});

import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, exposedInMainWorld, ipcRenderer, resetElectronMock } from '../main/electronMock';
import { methodNames, type HindsightApi } from '../../../shared/contract';
import { channelOf, eventChannelOf } from '../../../shared/contract/define';

vi.mock('electron', () => import('../main/electronMock'));

let api: HindsightApi;

beforeAll(async () => {
  resetElectronMock();
  // The preload does its work on import, once, as it does in a sandboxed renderer.
  await import('../../../electron/preload/index');
  api = exposedInMainWorld.get('hindsight') as HindsightApi;
});

beforeEach(() => {
  ipcRenderer.invoke.mockClear();
  ipcRenderer.removeAllListeners();
});

describe('preload', () => {
  it('exposes only window.hindsight, once', () => {
    expect([...exposedInMainWorld.keys()]).toEqual(['hindsight']);
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  });

  it('exposes exactly one function per contract method, plus on', () => {
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'on'].sort());
    for (const key of Object.keys(api))
      expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
  });

  it('invokes each method on its own channel with the payload untouched', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    expect(await api['meetings.list']({ query: 'checkout' })).toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(channelOf('meetings.list'), { query: 'checkout' });
  });

  it('passes a listener the payload only, never the IPC event', () => {
    const listener = vi.fn();
    api.on('meetingChanged', listener);
    ipcRenderer.emit(
      eventChannelOf('meetingChanged'),
      { sender: ipcRenderer, ports: [] },
      { meetingId: 'm-1' },
    );
    expect(listener.mock.calls).toEqual([[{ meetingId: 'm-1' }]]);
  });

  it('removes the IPC listener when unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('meetingChanged', listener);
    unsubscribe();
    expect(ipcRenderer.listenerCount(eventChannelOf('meetingChanged'))).toBe(0);
    ipcRenderer.emit(eventChannelOf('meetingChanged'), {}, { meetingId: 'm-1' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses to listen to a channel that is not a contract event', () => {
    expect(() =>
      (api.on as (event: string, listener: () => void) => unknown)('ipc-message', () => {}),
    ).toThrow(/Unknown event/);
    expect(ipcRenderer.eventNames()).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { BrowserWindow, app, resetElectronMock } from './electronMock';
import { tempDbPath } from '../../helpers/tempDb';

vi.mock('electron', () => import('./electronMock'));

describe('main process entry', () => {
  it('quits without opening anything when another Hindsight is already running', async () => {
    resetElectronMock();
    app.requestSingleInstanceLock.mockReturnValue(false);
    // Should the lock check ever break, the app opens a throwaway database, not the user's.
    vi.stubEnv('HINDSIGHT_DB', tempDbPath());
    // Importing the entry starts the app, as Electron does with dist/main/index.cjs.
    await import('../../../electron/main/index');
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toEqual([]);
  });
});

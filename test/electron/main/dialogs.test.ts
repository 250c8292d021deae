import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, clipboard, dialog, resetElectronMock } from './electronMock';
import { createDialogHost } from '../../../electron/main/dialogs';

vi.mock('electron', () => import('./electronMock'));

const saveRequest = {
  title: 'Export report',
  defaultName: 'checkout-outage.md',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
};

beforeEach(resetElectronMock);

describe('createDialogHost', () => {
  it('answers the path chosen in the save dialog, in front of the focused window', async () => {
    const window = new BrowserWindow({});
    BrowserWindow.focused = window;
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/sam/checkout-outage.md' });
    expect(await createDialogHost().chooseSavePath(saveRequest)).toBe('/home/sam/checkout-outage.md');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Export report',
        defaultPath: 'checkout-outage.md',
        filters: saveRequest.filters,
      }),
    );
  });

  it('answers null when the save dialog is cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await createDialogHost().chooseSavePath(saveRequest)).toBeNull();
  });

  it('opens a free-standing dialog when no window has focus', async () => {
    await createDialogHost().chooseSavePath(saveRequest);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Export report' }));
  });

  it('answers the database file chosen, or null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/sam/old.sqlite'] });
    expect(await createDialogHost().chooseDatabaseFile()).toBe('/home/sam/old.sqlite');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await createDialogHost().chooseDatabaseFile()).toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'] }));
  });

  it('writes the text it is given to the system clipboard, as plain text', async () => {
    await createDialogHost().writeClipboard!('Success measure: not set yet\nType: Detective');
    expect(clipboard.writeText).toHaveBeenCalledOnce();
    expect(clipboard.text).toBe('Success measure: not set yet\nType: Detective');
  });
});

import fs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, resetElectronMock, shell } from './electronMock';
import { printHtmlToPdfInWindow } from '../../../electron/main/pdf';
import { createDialogHost } from '../../../electron/main/dialogs';

vi.mock('electron', () => import('./electronMock'));

beforeEach(resetElectronMock);

const HTML = '<!doctype html><title>Report</title><p>&lt;script&gt;</p>';

describe('printHtmlToPdfInWindow', () => {
  it('prints from a hidden window with JavaScript off, sandboxed and isolated', async () => {
    const pdf = await printHtmlToPdfInWindow(HTML, { paper: 'Letter' });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [window] = BrowserWindow.created;
    expect(window!.options).toEqual({
      show: false,
      webPreferences: {
        partition: 'hindsight-print',
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
  });

  it('loads exactly the report HTML, then destroys the window and the temp file', async () => {
    const printing = printHtmlToPdfInWindow(HTML, { paper: 'A4' });
    // The window loads the file before the first await: read it while it still exists.
    const [window] = BrowserWindow.created;
    const loadedFile = window!.loadFile.mock.calls[0]![0];
    const loaded = fs.readFileSync(loadedFile, 'utf8');
    await printing;
    expect(loaded).toBe(HTML);
    expect(window!.destroy).toHaveBeenCalled();
    expect(fs.existsSync(loadedFile)).toBe(false);
  });

  it('destroys the window even when printing fails', async () => {
    const printing = printHtmlToPdfInWindow(HTML, { paper: 'A4' });
    const [window] = BrowserWindow.created;
    window!.webContents.printToPDF.mockRejectedValueOnce(new Error('printing failed'));
    await expect(printing).rejects.toThrow('printing failed');
    expect(window!.destroy).toHaveBeenCalled();
  });
});

describe('createDialogHost', () => {
  it('prints through the print window and shows exported files in the file manager', async () => {
    const host = createDialogHost();
    expect(host.printToPdf).toBe(printHtmlToPdfInWindow);
    await host.showItemInFolder!('/home/sam/report.pdf');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/sam/report.pdf');
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDbPath } from '../helpers/tempDb';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('starting on a database that cannot be read', () => {
  it('names the file, moves it aside unchanged on request, and opens a fresh library', async () => {
    const dbPath = tempDbPath();
    fs.writeFileSync(dbPath, crypto.randomBytes(32 * 1024));
    const before = sha256(dbPath);
    app = await startApp({ dbPath });
    const page = await app.openWindow();

    await page.getByText(dbPath, { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: /New meeting/ }).count()).toBe(0);
    await screenshot(page, 'recovery');

    await page.getByRole('button', { name: 'Move it aside and start fresh' }).click();
    await page
      .getByRole('button', { name: /New meeting/ })
      .first()
      .waitFor();

    const folder = path.dirname(dbPath);
    const movedAside = fs.readdirSync(folder).filter((name) => name.includes('.unreadable-'));
    expect(movedAside).toHaveLength(1);
    expect(sha256(path.join(folder, movedAside[0]!))).toBe(before);
    expect(app.errors).toEqual([]);
  });
});

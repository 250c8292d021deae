import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../../helpers/renderApp';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';

/** A "database" that is 64 KB of random bytes: what a damaged disk or a wrong file looks like. */
function garbageDbFile(): string {
  const dbPath = tempDbPath();
  fs.writeFileSync(dbPath, randomBytes(64 * 1024));
  return dbPath;
}

describe('RecoveryScreen', () => {
  it('shows why the database cannot be opened, with its path, and nothing else', async () => {
    const dbPath = garbageDbFile();
    await renderApp({ core: { dbPath } });
    expect(await screen.findByRole('heading', { name: 'Hindsight cannot open its database' })).toHaveFocus();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(dbPath);
    expect(screen.queryByRole('heading', { name: 'Meetings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /New meeting/ })).not.toBeInTheDocument();
  });

  it('moves the file aside, says where it went and opens an empty library', async () => {
    const dbPath = garbageDbFile();
    const original = fs.readFileSync(dbPath);
    const { user } = await renderApp({ core: { dbPath } });
    await user.click(await screen.findByRole('button', { name: 'Move it aside and start fresh' }));

    expect(await screen.findByRole('heading', { name: 'Run a blameless postmortem' })).toBeInTheDocument();
    const notice = screen.getByRole('status');
    const movedTo = notice.textContent?.match(/moved to (.+?)\. Hindsight/)?.[1];
    expect(movedTo).toBeDefined();
    expect(path.dirname(movedTo!)).toBe(path.dirname(dbPath));
    // Never deleted or overwritten: the old bytes are intact beside the new database.
    expect(fs.readFileSync(movedTo!).equals(original)).toBe(true);
  });

  it('stays on the recovery screen when “Open another file…” is cancelled', async () => {
    const { user } = await renderApp({ core: { dbPath: garbageDbFile() } });
    await user.click(await screen.findByRole('button', { name: 'Open another file…' }));
    expect(
      await screen.findByRole('heading', { name: 'Hindsight cannot open its database' }),
    ).toBeInTheDocument();
  });

  it('opens the library of another database file the person picks', async () => {
    const otherPath = tempDbPath();
    const other = await testCore({ dbPath: otherPath });
    await value(other.core, 'meetings.create', { title: 'From the other file' });
    await other.core.close();

    const { user, dialogs } = await renderApp({ core: { dbPath: garbageDbFile() } });
    dialogs.databaseFiles.push(otherPath);
    await user.click(await screen.findByRole('button', { name: 'Open another file…' }));
    expect(await screen.findByRole('button', { name: 'From the other file' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Opened ${otherPath}.`);
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { createStore } from '../../../../electron/core/repos/store';
import { T0 } from '../../../helpers/factories';
import { openRaw } from '../../../helpers/sqliteFixtures';
import { tempDbPath } from '../../../helpers/tempDb';

describe('the store’s commits (what the WAL checkpoints count)', () => {
  it('hears one commit for a transaction, however many are nested in it, and none for a refused one', async () => {
    const filePath = tempDbPath();
    const db = openRaw(filePath);
    await migrate(db, { filePath, backupDir: path.join(path.dirname(filePath), 'backups'), now: () => T0 });
    let commits = 0;
    const store = createStore(db, () => (commits += 1));
    const write = (key: string) =>
      db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?)').run(key, 'written');

    store.transaction(() => write('alone'));
    expect(commits).toBe(1);

    // A room's group (core.together): each call's transaction is a savepoint of the group's one.
    store.transaction(() => {
      store.transaction(() => write('first of the group'));
      store.transaction(() => write('second of the group'));
    });
    expect(commits).toBe(2);

    expect(() =>
      store.transaction(() => {
        write('refused');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(commits).toBe(2);
    expect(db.prepare('SELECT count(*) FROM app_meta WHERE value = ?').pluck().get('written')).toBe(3);
  });
});

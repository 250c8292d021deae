import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../../electron/core/db/integrityCheck';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { damageIndex, insertRowInEveryTable } from '../../../helpers/sqliteFixtures';
import { tempDbPath } from '../../../helpers/tempDb';
import { T0 } from '../../../helpers/factories';

/** A real Hindsight database with a row in every table, closed again. */
async function databaseWithRows(): Promise<string> {
  const filePath = tempDbPath();
  const db = await openDatabase(filePath, {
    backupDir: path.join(path.dirname(filePath), 'backups'),
    now: () => T0,
  });
  insertRowInEveryTable(db);
  db.close();
  return filePath;
}

describe('checkIntegrity', () => {
  it('answers ok for a sound database, in a worker thread on a read-only connection', async () => {
    const filePath = await databaseWithRows();
    const before = fs.readFileSync(filePath);
    expect(await checkIntegrity({ filePath }).outcome).toEqual({ kind: 'ok' });
    expect(fs.readFileSync(filePath).equals(before)).toBe(true);
  });

  it('finds an index out of step with its table, which every row read and quick_check let pass', async () => {
    const filePath = await databaseWithRows();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(filePath);
    damageIndex(raw, 'timeline_events_by_meeting', 'id');
    expect(raw.pragma('quick_check', { simple: true })).toBe('ok');
    raw.close();

    expect(await checkIntegrity({ filePath }).outcome).toEqual({
      kind: 'damaged',
      detail: expect.stringMatching(/^it is damaged \(.*timeline_events_by_meeting/),
    });
  });

  it('says nothing about the file when the check cannot run', async () => {
    const missing = path.join(path.dirname(tempDbPath()), 'gone.sqlite');
    expect(await checkIntegrity({ filePath: missing }).outcome).toMatchObject({ kind: 'unknown' });
    const stopped = checkIntegrity({ filePath: await databaseWithRows() });
    stopped.stop();
    expect(await stopped.outcome).toMatchObject({ kind: 'unknown' });
  });
});

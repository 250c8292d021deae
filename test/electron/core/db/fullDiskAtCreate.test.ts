import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/openDatabase';

// Issue #11, failure 8: a new database on a full disk. SQLite's max_page_count cannot reach the
// first write (the journal_mode pragma of a file that does not exist yet), so this needs a disk
// that is really full: a 64 KiB tmpfs, filled. Mounting needs root with CAP_SYS_ADMIN (CI has it).
function fullDisk(): string | null {
  // Not tempDir(): its clean-up would meet the mount still in place.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hindsight-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], { stdio: 'ignore' });
  } catch {
    fs.rmSync(folder, { recursive: true });
    return null;
  }
  const filler = fs.openSync(path.join(folder, 'filler'), 'w');
  try {
    for (let block = 0; block < 64; block++) fs.writeSync(filler, Buffer.alloc(4096));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(filler);
  }
  return folder;
}

const disk = fullDisk();
afterAll(() => {
  if (!disk) return;
  execFileSync('umount', [disk]);
  fs.rmSync(disk, { recursive: true });
});

describe('a new database on a full disk', () => {
  it.runIf(disk !== null)(
    'is refused as unwritable, saying the disk is full, before anything is written',
    async () => {
      const filePath = path.join(disk!, 'hindsight.db');
      await expect(
        openDatabase(filePath, { backupDir: path.join(disk!, 'backups'), now: () => Date.now() }),
      ).rejects.toMatchObject({
        name: 'DatabaseOpenError',
        problem: 'unwritable',
        message: expect.stringMatching(/the disk is full/),
      });
      expect(fs.existsSync(filePath) ? fs.statSync(filePath).size : 0).toBe(0);
    },
  );
});

import fs from 'node:fs';

/**
 * Hindsight's mark in the SQLite header (`PRAGMA application_id`, bytes 68–71): "Hnds". Files
 * written before the mark existed are recognised by the tables of schema 1 (see `isLegacyHindsight`).
 */
export const HINDSIGHT_APPLICATION_ID = 0x48_6e_64_73;

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;

/** What the first page of a file says, read with plain file I/O: no SQLite connection, no lock. */
export type FileHeader =
  | { kind: 'absent' }
  | { kind: 'not-sqlite' }
  | { kind: 'sqlite'; applicationId: number; userVersion: number; wal: boolean };

export function readHeader(filePath: string): FileHeader {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    // An empty file is what SQLite itself makes of a new database before the first write.
    if (read === 0) return { kind: 'absent' };
    if (read < HEADER_BYTES || header.toString('latin1', 0, 16) !== SQLITE_MAGIC)
      return { kind: 'not-sqlite' };
    return {
      kind: 'sqlite',
      // Bytes 18 and 19 are 2 for a database in WAL mode.
      wal: header[18] === 2,
      userVersion: header.readUInt32BE(60),
      applicationId: header.readUInt32BE(68),
    };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Schema 1 created `app_meta` and `meetings`; another program's file with a `user_version` of its
 * own has no reason to hold both. Only such files are taken as ours without the mark.
 */
export function isLegacyHindsight(tables: ReadonlySet<string>): boolean {
  return tables.has('app_meta') && tables.has('meetings');
}

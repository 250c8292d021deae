import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that it is either the old or the new content, never half: a temp file in
 * the same folder, flushed, then renamed over the target.
 */
export function writeFileAtomic(filePath: string, content: string | Uint8Array): void {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
  const handle = fs.openSync(temp, 'w');
  try {
    try {
      fs.writeFileSync(handle, content);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temp, filePath);
  } catch (error) {
    // A failed write (disk full, target is a folder) must not leave a hidden temp file behind.
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** `2026-03-05-INC-123-stale-product-data`: date, incident id and title, safe on every OS. */
export function reportBaseName(meeting: {
  title: string;
  incidentId: string;
  startedAt: number | null;
  createdAt: number;
}) {
  const day = new Date(meeting.startedAt ?? meeting.createdAt).toISOString().slice(0, 10);
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  return [day, slug(meeting.incidentId), slug(meeting.title).toLowerCase()].filter(Boolean).join('-');
}

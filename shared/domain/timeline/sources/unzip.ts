import { unzipSync } from 'fflate';
import { decodeText } from './decodeText';
import { MAX_IMPORT_CHARS, overImportLimit } from '../importLimits';
import type { SourceFile } from './types';

/** True when the bytes start like a zip archive (`PK\x03\x04`, or `PK\x05\x06` for an empty one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

const READABLE = /\.(json|csv|txt|log)$/i;

/**
 * The text files of an export archive (a Slack workspace export holds `users.json`,
 * `channels.json` and one folder of day files per channel). Entries are checked by their declared
 * size before anything is inflated, and the inflated text again, so an archive that unpacks to
 * more than an import reads is refused instead of filling memory.
 */
export function unpackZip(bytes: Uint8Array): { files: SourceFile[] } | { message: string } {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!READABLE.test(file.name) || file.name.startsWith('__MACOSX/')) return false;
        declared += file.originalSize;
        return declared <= MAX_IMPORT_CHARS;
      },
    });
  } catch (error) {
    return { message: `This zip cannot be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (declared > MAX_IMPORT_CHARS)
    return { message: `The zip unpacks to ${overImportLimit(declared)}: export only the incident's channel and dates.` };
  const files = Object.entries(entries).map(([name, data]) => ({ name, text: decodeText(data) }));
  const total = files.reduce((sum, file) => sum + file.text.length, 0);
  if (total > MAX_IMPORT_CHARS) return { message: `The zip unpacks to ${overImportLimit(total)}.` };
  if (files.length === 0) return { message: 'This zip holds no JSON, CSV or text files.' };
  return { files: files.sort((a, b) => a.name.localeCompare(b.name)) };
}

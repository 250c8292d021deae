import { decodeText } from './decodeText';
import { isZip, unpackZip } from './unzip';
import type { SourceFile } from './types';

/**
 * A picked, dropped or named file as the reader's files: a zip (a Slack workspace export) is
 * unpacked, anything else decoded as text (decodeText): the same for the dialog, a drop, the CLI.
 */
export function sourceFilesOf(name: string, bytes: Uint8Array): { files: SourceFile[] } | { message: string } {
  if (isZip(bytes)) return unpackZip(bytes);
  return { files: [{ name, text: decodeText(bytes) }] };
}

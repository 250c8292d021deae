import path from 'node:path';
import { writeFileAtomic } from '../files';
import { HandlerError, type HandlerContext } from './context';

/**
 * Writes an export to the path the person chose, atomically, and remembers it as one this
 * session may reveal in a file manager (`report.showInFolder`). A failed write is a `file-error`
 * naming the path.
 */
export function writeExportFile(
  context: HandlerContext,
  filePath: string,
  content: string | Uint8Array,
): { filePath: string } {
  try {
    writeFileAtomic(filePath, content);
  } catch (error) {
    throw new HandlerError('file-error', `Could not write ${filePath}: ${(error as Error).message}`);
  }
  context.exportedFiles.add(path.resolve(filePath));
  return { filePath };
}

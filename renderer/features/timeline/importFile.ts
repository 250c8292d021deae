import { MAX_IMPORT_CHARS, MAX_IMPORT_SOURCES, overImportLimit } from '../../../shared/domain/timeline/importLimits';
import { joinDayFiles } from '../../../shared/domain/timeline/sources/joinDayFiles';
import { sourceFilesOf } from '../../../shared/domain/timeline/sources/sourceFiles';
import type { SourceFile } from '../../../shared/domain/timeline/sources/types';

/** A chosen or dropped file as the import reader's files, with its name for the dialog to show. */
export type ChosenSource = { name: string; files: SourceFile[] };

/**
 * Reads a file the person chose or dropped: refused over the import limit before reading (a
 * 50 MB file would stall the window for nothing), a zip unpacked, anything else read as text.
 */
async function readImportFile(file: File): Promise<ChosenSource | { message: string }> {
  if (file.size > MAX_IMPORT_CHARS) return { message: `${file.name} is ${overImportLimit(file.size)}.` };
  const source = sourceFilesOf(file.name, await bytesOf(file));
  return 'message' in source ? { message: `${file.name}: ${source.message}` } : { name: file.name, files: source.files };
}

/**
 * Reads the files the person chose or dropped together, each one source of the import (one
 * channel's Slack day files one source together); the first that cannot be read is said, and
 * none is taken.
 */
export async function readImportFiles(files: readonly File[]): Promise<ChosenSource[] | { message: string }> {
  if (files.length > MAX_IMPORT_SOURCES) {
    return { message: `${files.length} files are more than one import reads together (${MAX_IMPORT_SOURCES}).` };
  }
  const sources: ChosenSource[] = [];
  for (const file of files) {
    const read = await readImportFile(file);
    if ('message' in read) return read;
    sources.push(read);
  }
  return joinDayFiles(sources);
}

/** The file's bytes through FileReader, which every renderer (and jsdom's) implements. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}.`));
    reader.readAsArrayBuffer(file);
  });
}

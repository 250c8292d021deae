import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { sourceFilesOf } from '../../../../../shared/domain/timeline/sources/sourceFiles';
import { BERLIN } from './fixtures';

const CSV = 'time,description\n2025-10-26 09:30:00,Café menu cache flushed — “stale” prices gone\n';

/** A file as `sourceFilesOf` reads it, then imported: the descriptions it gives. */
function descriptions(name: string, bytes: Uint8Array): string[] {
  const source = sourceFilesOf(name, bytes);
  if (!('files' in source)) throw new Error(source.message);
  const reading = readImport(source.files, BERLIN);
  expect(reading.errors).toEqual([]);
  return reading.candidates.map((row) => row.description);
}

/** UTF-16 code units with a byte-order mark, little- or big-endian. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index++)
    view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
}

/** Windows-1252 bytes of text made of Latin-1 letters and its curly quotes and dash. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '—': 0x97, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...text].map((character) => special[character] ?? character.charCodeAt(0)));
}

describe('a picked file’s text, in the encoding it was saved in', () => {
  const expected = ['Café menu cache flushed — “stale” prices gone'];

  it('reads UTF-8, with or without its byte-order mark', () => {
    const utf8 = new TextEncoder().encode(CSV);
    expect(descriptions('notes.csv', utf8)).toEqual(expected);
    expect(descriptions('notes.csv', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual(expected);
  });

  it('reads UTF-16 by its byte-order mark (Excel’s Unicode text, PowerShell’s >), either byte order', () => {
    expect(descriptions('notes.csv', utf16(CSV, true))).toEqual(expected);
    expect(descriptions('notes.csv', utf16(CSV, false))).toEqual(expected);
  });

  it('reads bytes that are no UTF-8 as Windows-1252 (a CSV from Excel on Windows), in a zip too', () => {
    expect(descriptions('notes.csv', windows1252(CSV))).toEqual(expected);
    const zipped = zipSync({ 'notes.csv': windows1252(CSV) });
    expect(descriptions('notes.zip', zipped)).toEqual(expected);
  });

  it('still refuses an image, whatever it decodes as', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]);
    const source = sourceFilesOf('photo.csv', png);
    expect('files' in source && readImport(source.files, BERLIN).errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('not a text file') }),
    ]);
  });
});

/**
 * A file's bytes as text, in the encoding it was saved in. UTF-16 where a byte-order mark says
 * so (Excel's "Unicode text", Windows PowerShell's `>`), which read as UTF-8 looks like binary
 * data; UTF-8 where the bytes are valid UTF-8; otherwise Windows-1252, what Excel and Notepad on
 * Windows save a "CSV" in, whose "Café" read as UTF-8 would become "Caf�" without a word.
 * TextDecoder drops the byte-order mark it decodes by.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** ISO 8601 for scripts, like bundles write times. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return `${all.map(line).join('\n')}\n`;
}

/** One record as `  name     value` lines, the values starting in one column `width` wide. */
export function fieldLines(rows: readonly (readonly [string, string])[], width: number): string[] {
  return rows.map(([name, value]) => `  ${name.padEnd(width)}${value}`);
}

/** How output names a meeting: `“Stale product data after cache TTL change” (INC-2291)`. */
export function meetingName(meeting: { title: string; incidentId: string }): string {
  return meeting.incidentId ? `“${meeting.title}” (${meeting.incidentId})` : `“${meeting.title}”`;
}

/** `1 event`, `3 events`. */
export function count(amount: number, singular: string, plural = `${singular}s`): string {
  return `${amount} ${amount === 1 ? singular : plural}`;
}

/** Whether `value` is one of `allowed`, narrowing it. */
export function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

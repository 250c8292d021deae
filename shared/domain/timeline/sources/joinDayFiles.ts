import { isSlackDayFile } from './slack';
import type { SourceFile } from './types';

interface Source {
  name: string;
  files: SourceFile[];
  reading?: string;
}

const joinable = (source: Source) =>
  (source.reading === undefined || source.reading === 'slack') && source.files.length > 0 && source.files.every(isSlackDayFile);

/**
 * One channel's Slack day files chosen, dropped or named together (`2025-10-25.json`,
 * `2025-10-26.json`) are one source, as the channel's folder is in a workspace export: one
 * channel export, read and counted as one, not several sources whose rows are compared as twins.
 * Named by its first and last day, in the place of the first. Two day files of one date are two
 * channels' and stay apart; so does a file given another reading.
 */
export function joinDayFiles<S extends Source>(sources: readonly S[]): S[] {
  const days = sources.filter(joinable);
  const files = days.flatMap((source) => source.files).sort((a, b) => a.name.localeCompare(b.name));
  if (days.length < 2 || new Set(files.map((file) => file.name)).size < files.length) return [...sources];
  const name = `${files[0]!.name} – ${files[files.length - 1]!.name}`;
  const joined: S = { ...days[0]!, name, files };
  return sources.flatMap((source) => (source === days[0] ? [joined] : days.includes(source) ? [] : [source]));
}

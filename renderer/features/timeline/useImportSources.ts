import { useMemo, useState } from 'react';
import { joinDayFiles } from '../../../shared/domain/timeline/sources/joinDayFiles';
import type { ImportSource } from '../../../shared/domain/timeline/sources/readSources';
import { readImportFiles, type ChosenSource } from './importFile';

export type ImportSources = ReturnType<typeof useImportSources>;

/**
 * What the import dialog reads: the files chosen (or dropped on the event log), else the text
 * pasted, each source read as picked under "Read as" or else as detected. `startOver` is called
 * whenever that changes: what was set on the rows belongs to the reading it was set in.
 */
export function useImportSources(initial: ChosenSource[] | null, startOver: () => void) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ChosenSource[]>(initial ?? []);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // The reading picked for each source, by its place; detected where none is.
  const [readingChoices, setReadingChoices] = useState<Record<number, string>>({});

  const sources = useMemo((): ImportSource[] | null => {
    const given =
      chosen.length > 0 ? chosen : text.trim() === '' ? null : [{ name: '', files: [{ name: '', text }] }];
    return (
      given?.map((source, index) => ({
        ...source,
        ...(readingChoices[index] ? { reading: readingChoices[index] } : {}),
      })) ?? null
    );
  }, [chosen, text, readingChoices]);

  /** A new source starts over, its readings too. */
  function newSource() {
    startOver();
    setReadingChoices({});
  }

  return {
    text,
    chosen,
    fileProblem,
    /** The sources to read, or null while there is nothing to read. */
    sources,
    paste(next: string) {
      newSource();
      setText(next);
    },
    /** Files picked are added to those chosen: the Slack export, then the PagerDuty log (a channel's next day file joins its others). */
    async addFiles(files: File[]) {
      setFileProblem(null);
      const read = await readImportFiles(files);
      if ('message' in read) return setFileProblem(read.message);
      newSource();
      setChosen((current) => joinDayFiles([...current, ...read]));
    },
    clear() {
      newSource();
      setChosen([]);
    },
    /** Another reading of one source starts its rows over: another reading's row 12 is not this one's. */
    readAs(index: number, reading: string) {
      startOver();
      setReadingChoices((current) => ({ ...current, [index]: reading }));
    },
  };
}

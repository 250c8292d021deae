import { describe, expect, it } from 'vitest';
import { readSources } from '../../../../../shared/domain/timeline/sources/readSources';
import type { SourceFile } from '../../../../../shared/domain/timeline/sources/types';
import { BERLIN, DEEP_BLOCKS, nested, slackDay } from './fixtures';

describe('a source no adapter foresaw', () => {
  it('reads a Slack message whose blocks nest 50,000 deep without overflowing the stack', () => {
    const source = slackDay({ blocks: DEEP_BLOCKS }, 'failing over');
    expect(source.files[0]!.text.length).toBeGreaterThan(700_000);
    const reading = readSources([source], BERLIN);
    expect(reading.errors).toEqual([]);
    expect(reading.candidates.map((row) => row.description)).toEqual(['Primary disk full', 'failing over']);
  });

  it('takes a nested value in a JSON field as no text, not as a walk down its nesting', () => {
    const text = `[{"time":"09:31","description":${nested('[', '"deep"', ']')}},{"time":"09:32","description":"Paged"}]`;
    const reading = readSources(
      [{ name: 'events.json', files: [{ name: 'events.json', text }], reading: 'json' }],
      BERLIN,
    );
    expect(reading.errors).toEqual([{ line: 1, message: 'no description' }]);
    expect(reading.candidates.map((row) => row.description)).toEqual(['Paged']);
  });

  /**
   * No export known gets an adapter to throw any more; a file whose text fails the first time an
   * adapter reads it (after the size, binary and empty checks) stands for the next one.
   */
  function failingFile(name: string, text: string): SourceFile {
    let reads = 0;
    return {
      name,
      get text() {
        reads += 1;
        if (reads === 4) throw new RangeError('Maximum call stack size exceeded');
        return text;
      },
    };
  }

  it('turns an adapter that throws into an error naming the file, keeping the other readings to pick', () => {
    const reading = readSources(
      [{ name: 'log.txt', files: [failingFile('log.txt', '09:31 alert fired')], reading: 'text' }],
      BERLIN,
    );
    expect(reading.candidates).toEqual([]);
    expect(reading.errors).toEqual([
      { line: 0, message: '“log.txt” could not be read: Maximum call stack size exceeded.' },
    ]);
  });

  it('names the file of several sources that cannot be read, and reads the others', () => {
    const broken = { name: 'log.txt', files: [failingFile('log.txt', '09:31 alert fired')], reading: 'text' };
    const reading = readSources([slackDay('failing over'), broken], BERLIN);
    expect(reading.errors).toEqual([
      { line: 0, message: 'log.txt: “log.txt” could not be read: Maximum call stack size exceeded.' },
    ]);
    expect(reading.parts[0]?.candidates.map((row) => row.description)).toEqual(['failing over']);
  });

  it('names a paste that cannot be read as the paste', () => {
    const reading = readSources(
      [{ name: '', files: [failingFile('', '09:31 alert fired')], reading: 'text' }],
      BERLIN,
    );
    expect(reading.errors[0]?.message).toBe('The paste could not be read: Maximum call stack size exceeded.');
  });
});

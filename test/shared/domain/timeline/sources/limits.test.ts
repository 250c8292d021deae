import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from '../../../../../shared/domain/timeline/importLimits';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { longSlackChannel } from '../../../../helpers/manyEvents';
import { BERLIN } from './fixtures';

describe('a source past what one import takes', () => {
  it('reads a channel of as many messages as one import takes, in full', () => {
    const channel = longSlackChannel(MAX_IMPORT_ROWS);
    expect(channel.text.length).toBeLessThan(MAX_IMPORT_CHARS);
    const reading = readImport([channel], BERLIN);
    expect(reading.errors).toEqual([]);
    expect(reading.candidates).toHaveLength(MAX_IMPORT_ROWS);
  });

  it('refuses a channel of more messages as a whole, with the count and what to do, instead of reading part of it', () => {
    const channel = longSlackChannel(MAX_IMPORT_ROWS + 1);
    expect(channel.text.length).toBeLessThan(MAX_IMPORT_CHARS);
    const reading = readImport([channel], BERLIN);
    expect(reading.candidates).toEqual([]);
    expect(reading.errors).toEqual([
      {
        line: 0,
        message: '20,001 events are more than one import takes (20,000): export fewer days, or split the file.',
      },
    ]);
    // The other readings stay on offer, so the person can still pick one.
    expect(reading.options[0]?.reading).toBe('slack');
  });

  it('refuses text over the size limit before reading a row, naming the size', () => {
    const reading = readImport([{ name: 'huge.log', text: '09:31 Alert fired\n'.repeat(300_000) }], BERLIN);
    expect(reading.errors).toEqual([{ line: 0, message: 'The file is about 5.4 MB; an import reads at most 5 MB.' }]);
  });
});

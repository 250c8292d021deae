import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/types';
import { bundleText, bundleJson } from '../../helpers/bundleFactory';
import { cliSandbox } from '../../helpers/runHindsight';
import { testCore, value } from '../../helpers/testCore';

/** Issue 11 point 1's file: a valid header and a million empty events, 3 MB of text. */
const millionEmptyEvents = bundleText(
  (bundle) => (bundle.timeline = Array.from({ length: 1_000_000 }, () => ({}))),
);
const manyBrokenEvents = bundleText(
  (bundle) => (bundle.timeline = Array.from({ length: 20_000 }, () => ({}))),
);

describe('bundles too large or too broken to list (main process)', () => {
  it.each(['bundle.import', 'bundle.planMerge', 'bundle.merge'])(
    '%s refuses a million empty events with one issue, and writes nothing',
    async (method) => {
      const { core } = await testCore();
      const imported = await value<Meeting>(core, 'bundle.import', { content: bundleText() });
      const result = await core.call(method, { content: millionEmptyEvents, meetingId: imported.id });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-bundle',
          issues: [{ path: 'timeline', message: expect.stringContaining('more than 200,000 records') }],
        },
      });
      const records = await value<{ timeline: unknown[] }>(core, 'meetings.get', { id: imported.id });
      expect(records.timeline).toHaveLength(bundleJson().timeline.length);
    },
  );

  it('bundle.import lists 100 problems and the note of where checking stopped', async () => {
    const { core } = await testCore();
    const result = await core.call('bundle.import', { content: manyBrokenEvents });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.issues).toHaveLength(101);
    expect(result.error.message).toBe(
      'The bundle cannot be imported (more than 100 problems); nothing was changed.',
    );
  });
});

describe('hindsight import of huge bundles', () => {
  it('prints at most 101 problem lines for 20,000 broken events', async () => {
    const { runOnDb, folder } = cliSandbox();
    const file = path.join(folder, 'broken.hindsight.json');
    fs.writeFileSync(file, manyBrokenEvents);
    const { code, stderr } = await runOnDb(['import', file]);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(102);
    expect(lines.at(-1)).toMatch(/^checking stopped after 100 problems, at timeline\[7\]/);
  });

  it('refuses a file larger than a bundle may be from its size, without reading it', async () => {
    const { runOnDb, folder } = cliSandbox();
    const file = path.join(folder, 'huge.hindsight.json');
    // A sparse file: 200 MB by its size, nothing on disk, and unreadable as JSON if it were read.
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 200 * 1024 * 1024);
    const { code, stderr } = await runOnDb(['import', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `hindsight: Cannot read ${file}: too large for a meeting bundle (200 MB; the most is 128 MB).\n`,
    );
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_KINDS, SINGLE_KINDS } from '../../../../shared/contract/recordKinds';
import { bundleText, testId } from '../../../helpers/bundleFactory';
import { cliSandbox } from '../../../helpers/runHindsight';

/** The facilitator's meeting (the factory bundle) and a note-taker's later copy of it. */
async function sandboxWithNotes() {
  const sandbox = cliSandbox();
  const base = path.join(sandbox.folder, 'meeting.hindsight.json');
  fs.writeFileSync(base, bundleText());
  const imported = await sandbox.runOnDb(['import', base]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  const notes = path.join(sandbox.folder, 'notes.hindsight.json');
  fs.writeFileSync(
    notes,
    bundleText((bundle) => {
      bundle.timeline.push({ ...bundle.timeline[0]!, id: testId(32), description: 'Rollback started' });
      bundle.meeting.summary = 'Prices were stale for two hours.';
      bundle.meeting.updatedAt = '2026-03-06T10:00:00.000Z';
    }),
  );
  return { ...sandbox, notes };
}

describe('hindsight merge', () => {
  it('prints the plan with --dry-run, in the app’s words, and writes nothing', async () => {
    const { runOnDb, notes, records } = await sandboxWithNotes();
    expect(await runOnDb(['merge', 'INC-123', notes, '--dry-run'])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Merging notes.hindsight.json into “Stale product data” (INC-123) would make these changes:',
        '  1 record added',
        '  1 record changed to the note-taker’s later version',
        '  0 records deleted',
        '  0 conflicts: this meeting’s later version is kept',
        '  13 unchanged',
        'Dry run: nothing was written.',
        '',
      ].join('\n'),
    });
    const stored = await records('INC-123');
    expect(stored.timeline).toHaveLength(2);
    expect(stored.meeting.summary).toBe('Prices were stale.');
  });

  it('merges, says what it did, and a second merge changes nothing', async () => {
    const { runOnDb, notes, records } = await sandboxWithNotes();
    const first = await runOnDb(['merge', 'INC-123', notes]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Merged notes\.hindsight\.json into “Stale product data” \(INC-123\):\n {2}1 record added\n/,
    );
    const stored = await records('INC-123');
    expect(stored.timeline.map((event) => event.description)).toContain('Rollback started');
    expect(stored.meeting.summary).toBe('Prices were stale for two hours.');
    const second = await runOnDb(['merge', 'INC-123', notes]);
    expect(second.stdout).toContain('  0 records added\n  0 records changed');
  });

  it('refuses another meeting’s bundle with the app’s message and exit code 1', async () => {
    const { runOnDb, folder } = await sandboxWithNotes();
    const other = path.join(folder, 'other.hindsight.json');
    fs.writeFileSync(
      other,
      bundleText((bundle) => {
        const otherId = testId(999);
        bundle.meeting.id = otherId;
        for (const kind of LIST_KINDS) for (const record of bundle[kind]) record.meetingId = otherId;
        for (const kind of SINGLE_KINDS) bundle[kind]!.meetingId = otherId;
      }),
    );
    const result = await runOnDb(['merge', 'INC-123', other]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'hindsight: This bundle holds another meeting (INC-123 “Stale product data”), so it cannot be merged into “Stale product data”. Import it as a meeting of its own instead.\n',
    );
  });

  it('prints every problem of a broken bundle as "path: message"', async () => {
    const { runOnDb, folder } = await sandboxWithNotes();
    const broken = path.join(folder, 'broken.hindsight.json');
    fs.writeFileSync(
      broken,
      bundleText((bundle) => (bundle.timeline[0]!.at = 'yesterday')),
    );
    const result = await runOnDb(['merge', 'INC-123', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /cannot be merged \(one problem\); nothing was changed\.\ntimeline\[0\]\.at: not a date/,
    );
  });
});

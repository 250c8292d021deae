import { describe, expect, it } from 'vitest';
import { testId } from '../../../helpers/bundleFactory';
import { cliSandbox } from '../../../helpers/runHindsight';
import { testCore, value } from '../../../helpers/testCore';

/** A meeting whose second event blames a participant and calls it human error. */
async function blamingMeeting() {
  const sandbox = cliSandbox();
  await sandbox.importBundle('blame', (bundle) => {
    bundle.participants[0]!.name = 'Dave Morgan';
    bundle.timeline[1]!.description = 'Dave pushed the wrong config, which was human error';
  });
  return sandbox;
}

describe('hindsight review', () => {
  it('lists every wording nudge with its field and record, what the action items lack, and the reflection’s open checks', async () => {
    const { runOnDb } = await blamingMeeting();
    const { code, stdout, stderr } = await runOnDb(['review', 'INC-123']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const event = testId(31).slice(0, 8);
    const cause = testId(60).slice(0, 8);
    expect(stdout.split('\n')).toEqual([
      '“Stale product data” (INC-123)',
      '',
      'Wording: 3 nudges:',
      `  - Event description ${event}: “Dave pushed the wrong” — A person as the cause.`,
      expect.stringMatching(/^ {6}What allowed this to happen\?/),
      `  - Event description ${event}: “human error” — “Human error” as a conclusion.`,
      expect.stringMatching(/^ {6}Human error is where the inquiry starts/),
      `  - Primary cause ${cause}: “A cache rule matched the API.” — A single root cause.`,
      expect.stringMatching(/^ {6}Complex systems fail for several reasons/),
      '',
      'Action items:',
      '  1. Never cache API paths at the edge',
      '      ↳ Past its due date',
      '',
      'Reflection: 5 open checks:',
      '  - Root-cause analysis: At least two contributing factors.',
      '      0 contributing factors recorded.',
      '  - Recoverability: Mitigations treated the cause, not the symptom.',
      '      Red flag: 1 mitigation attempt had no effect or only moved the symptom.',
      '  - Culture: No open blame findings.',
      '      2 wording findings about blame still open.',
      '  - Culture: “Went well” and “got lucky” are not empty.',
      '      Nothing under “went well”.',
      '  - Culture: The report is published.',
      '      Not published yet.',
      '',
    ]);
  });

  it('gives each finding its record, field, span and key with --json, and leaves out what is marked fine here', async () => {
    const { runOnDb, dbPath } = await blamingMeeting();
    const first = JSON.parse((await runOnDb(['review', 'INC-123', '--json'])).stdout);
    expect(first.language[1]).toEqual({
      kind: 'timeline',
      recordId: testId(31),
      field: 'description',
      fieldLabel: 'Event description',
      key: `${testId(31)}:description:human-error:human error`,
      category: 'human-error',
      start: 40,
      end: 51,
      span: 'human error',
      reframing: expect.any(String),
    });
    expect(first.reflection).toContainEqual(
      expect.objectContaining({ aspect: 'culture', label: 'No open blame findings', state: 'open' }),
    );
    expect(first.actionItems).toEqual([
      expect.objectContaining({ position: 1, findings: [expect.objectContaining({ kind: 'overdue' })] }),
    ]);

    const { core } = await testCore({ dbPath });
    await value(core, 'coach.dismiss', { meetingId: first.meeting.id, key: first.language[1].key });
    const after = JSON.parse((await runOnDb(['review', 'INC-123', '--json'])).stdout);
    expect(after.language.map((f: { category: string }) => f.category)).toEqual([
      'person-as-cause',
      'single-root-cause',
    ]);
    expect(after.dismissed).toEqual([expect.objectContaining({ key: first.language[1].key })]);
    expect((await runOnDb(['review', 'INC-123'])).stdout).toContain('(1 nudge marked fine here, not listed)');
  });

  it('says so when a meeting reads blameless and its items are complete', async () => {
    const { runOnDb, importBundle } = cliSandbox();
    await importBundle('fine', (bundle) => {
      bundle.rootCauseItems[0]!.kind = 'contributing-factor';
      bundle.actionItems[0]!.dueDate = '2026-05-01';
    });
    const { code, stdout } = await runOnDb(['review', 'INC-123']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(2)).toEqual([
      'Wording: no open nudges.',
      '',
      'Action items: nothing missing.',
      '',
      'Reflection: 4 open checks:',
      '  - Root-cause analysis: At least two contributing factors.',
      '      1 contributing factor recorded.',
      '  - Recoverability: Mitigations treated the cause, not the symptom.',
      '      Red flag: 1 mitigation attempt had no effect or only moved the symptom.',
      '  - Culture: “Went well” and “got lucky” are not empty.',
      '      Nothing under “went well”.',
      '  - Culture: The report is published.',
      '      Not published yet.',
      '',
    ]);
  });
});

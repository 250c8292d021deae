import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../../shared/domain/timeline/sources/planImport';
import { readSources } from '../../../../../shared/domain/timeline/sources/readSources';
import { fittedSummary } from '../../../../../shared/domain/timeline/sources/summary';
import { alertPayload, BERLIN, slackDay } from './fixtures';

describe('rows of a tool fitted to the event log', () => {
  it('cuts a message over the limit at it, and says so in the row and the summary', () => {
    const reading = readSources([slackDay('primary disk is full', 'x'.repeat(6_000))], BERLIN);
    expect(reading.errors).toEqual([]);
    const [short, long] = reading.candidates;
    expect(short).not.toHaveProperty('notes');
    expect(long?.description).toBe('x'.repeat(5_000));
    expect(long?.notes).toEqual(['text cut at 5,000 characters']);
    const plan = planImport(reading.candidates, {}, []);
    expect(plan.toImport[1]?.description).toHaveLength(5_000);
    expect(fittedSummary(reading.candidates, reading.unit)).toBe('message 2: text cut at 5,000 characters');
  });

  it('leaves out an alert link over the limit, and says so', () => {
    const [alert] = readSources(
      [alertPayload(`http://prometheus.example.com/graph?g0.expr=${'a'.repeat(3_000)}`)],
      BERLIN,
    ).candidates;
    expect(alert).toMatchObject({
      kind: 'alert',
      evidence: '',
      notes: ['link left out (longer than 2,000 characters)'],
    });
  });

  it('never cuts between the halves of an emoji', () => {
    const [row] = readSources([slackDay(`${'x'.repeat(4_999)}🔥 and more`)], BERLIN).candidates;
    expect(row?.description).toBe('x'.repeat(4_999));
    expect(row?.description.isWellFormed()).toBe(true);
  });

  it('normalises a message as every write does: bidi controls dropped, a lone surrogate replaced', () => {
    const [row] = readSources([slackDay('rolled back \u202egpj.exe \ud83d')], BERLIN).candidates;
    expect(row?.description).toBe('rolled back gpj.exe \ufffd');
  });

  it('names the first few rows changed and counts the rest', () => {
    const rows = [1, 2, 3, 4, 5].map((line) => ({ line, notes: ['text cut at 5,000 characters'] }));
    expect(fittedSummary([...rows, { line: 6 }], 'message')).toBe(
      'message 1: text cut at 5,000 characters; message 2: text cut at 5,000 characters; ' +
        'message 3: text cut at 5,000 characters; 2 other messages shortened',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../../shared/domain/timeline/sources/planImport';
import { readImport } from '../../../../../shared/domain/timeline/sources/registry';
import { BERLIN, fixture } from './fixtures';

const pagerDuty = () => readImport([fixture('pagerduty/log_entries.json')], BERLIN).candidates;

describe('planImport', () => {
  it('writes a mapped role or team as the actor, and never an unmapped person’s name', () => {
    const plan = planImport(pagerDuty(), { people: { 'Dana Kim': 'Database on-call' } }, []);
    expect(plan.people).toEqual(['Dana Kim', 'Sami Okafor', 'Lee Park']);
    expect(plan.toImport.map((row) => row.actor)).toEqual(['', 'Database on-call', '', '', '']);
    const everyText = JSON.stringify(plan.toImport.map((row) => row.actor));
    expect(everyText).not.toMatch(/Sami|Lee/);
  });

  it('leaves chatter out unless kept by hand, and changes kinds row by row', () => {
    const rows = pagerDuty();
    const notify = rows.find((row) => row.chatter)!;
    expect(planImport(rows, {}, []).toImport).toHaveLength(5);
    const kept = planImport(rows, { include: [notify.line], kinds: { [String(notify.line)]: 'escalation' } }, []);
    expect(kept.toImport).toHaveLength(6);
    expect(kept.toImport.find((row) => row.line === notify.line)?.kind).toBe('escalation');
  });

  it('keeps only rows with a keyword, or with a reaction or pin, when asked', () => {
    const slack = readImport([fixture('slack-workspace/inc-2041-orders-db/2025-10-25.json')], BERLIN).candidates;
    expect(planImport(slack, { keyword: 'storage, zone b' }, []).toImport.map((row) => row.line)).toEqual([6, 8]);
    expect(planImport(slack, { markedOnly: true }, []).toImport.map((row) => row.line)).toEqual([6, 8]);
  });

  it('shows the alert already imported from another source at the same second, and leaves it out', () => {
    const existing = [{ at: Date.UTC(2025, 9, 25, 21, 40), description: 'PagerDuty: Triggered: #2041 Orders DB replication lag > 300s' }];
    const plan = planImport(pagerDuty(), {}, existing);
    expect(plan.rows[0]?.status).toEqual({ kind: 'same-second', of: existing[0]!.description });
    expect(plan.toImport).toHaveLength(4);
    expect(planImport(pagerDuty(), { include: [plan.rows[0]!.candidate.line] }, existing).toImport).toHaveLength(5);
  });
});

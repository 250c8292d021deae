import { describe, expect, it } from 'vitest';
import { checkActionItem, readiness } from '../../../../shared/domain/actionItems/quality';
import type { ActionItem, QuestionState } from '../../../../shared/types';

const specific = {
  title: 'Alert when the API cache hit ratio stays above 90 % for 5 minutes',
  owner: 'Catalog team',
  dueDate: '2026-04-01',
  successMeasure: 'The alert fires in the staging drill within 5 minutes',
  status: 'open' as const,
};

let nextId = 0;
function item(overrides: Partial<ActionItem> = {}): ActionItem {
  nextId += 1;
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    meetingId: '00000000-0000-4000-8000-000000000000',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    createdBy: 'test',
    question: null,
    type: 'corrective',
    rank: nextId,
    trackerUrl: '',
    ...specific,
    ...overrides,
  };
}

describe('checkActionItem', () => {
  it.each([
    'Alert when the API cache hit ratio stays above 90 % for 5 minutes',
    'Exclude /api paths from the edge cache TTL rule',
    'Add a canary stage to the CDN configuration pipeline',
    'Add the cache purge steps to the storefront runbook',
    'Test that a TTL rule for /images never matches /api paths',
    'Improve monitoring of the payment queue depth with a page at 10,000 messages',
    'Post the status page update within 15 minutes of a SEV-1 declaration',
  ])('finds nothing to nudge in the specific item “%s”', (title) => {
    expect(checkActionItem({ ...specific, title })).toEqual([]);
  });

  it.each([
    ['Improve monitoring', 'Does not say what to watch'],
    ['Better alerting.', 'Does not say what to watch'],
    ['Be more careful', 'Asks people to try harder'],
    ['Be more careful when deploying on Fridays', 'Asks people to try harder'],
    ['Pay more attention to the dashboards', 'Asks people to try harder'],
    ['Update documentation', 'Does not say which document or what it must cover'],
    ['Update docs', 'Does not say which document or what it must cover'],
    ['Look into the cache settings', 'An investigation, not a change'],
    ['Investigate why the TTL rule matched API paths', 'An investigation, not a change'],
    ['Fix the issue', 'Does not say what changes'],
    ["Make sure it doesn't happen again", 'Does not say what changes'],
    ['Add more tests', 'Does not say what the tests must catch'],
    ['Better communication', 'Does not say who tells whom what, when'],
    ['Raise awareness', 'Too general to act on'],
  ])('flags the vague title “%s” with a hint', (title, message) => {
    const findings = checkActionItem({ ...specific, title });
    expect(findings).toEqual([
      { field: 'title', kind: 'vague', gap: expect.any(String), message, hint: expect.any(String) },
    ]);
  });

  it.each([
    ['Better communication between teams', 'aspirational'],
    ['Make the system more resilient', 'aspirational'],
    ['Fix alerting', 'aspirational'],
    ['Consider improving backups', 'aspirational'],
    ['Ensure deployments are safe', 'aspirational'],
    ['Try to respond faster to pages', 'aspirational'],
    ['Train people on the runbook', 'training-only'],
    ['Run a training session about safe deploys', 'training-only'],
    ['Remind engineers to check the host before running scripts', 'try-harder'],
  ])('flags the aim “%s” as %s, saying what is missing', (title, gap) => {
    const [finding] = checkActionItem({ ...specific, title });
    expect(finding).toMatchObject({ field: 'title', kind: 'vague', gap });
    expect(finding!.hint).toMatch(/\w/);
  });

  it.each([
    'Ensure the backup job alerts the storage on-call when an upload fails',
    'Improve the deploy CLI so it refuses prod without a change ticket',
    'Consider replacing the failover script with Patroni by 2026-06-01',
    'Train the support team on the status page with a 30-minute session',
    'Reduce the connection pool timeout in payments-api',
    'Fix the race in the lease renewal',
  ])('leaves the aim made concrete by a detail, “%s”', (title) => {
    expect(checkActionItem({ ...specific, title })).toEqual([]);
  });

  it('nudges an open item past its due date, and not a finished one or one without a day given', () => {
    const late = { ...specific, dueDate: '2026-03-01' };
    expect(checkActionItem(late, '2026-03-02')).toEqual([
      expect.objectContaining({ field: 'dueDate', kind: 'overdue', message: 'Past its due date' }),
    ]);
    expect(checkActionItem(late, '2026-03-01')).toEqual([]);
    expect(checkActionItem({ ...late, status: 'done' }, '2026-04-01')).toEqual([]);
    expect(checkActionItem(late)).toEqual([]);
  });

  it('answers the same findings for the same item object without checking again', () => {
    const one = { ...specific, title: 'Improve monitoring' };
    expect(checkActionItem(one)).toBe(checkActionItem(one));
    expect(checkActionItem(one, '2030-01-01')).not.toBe(checkActionItem(one));
  });

  it('names every missing field, in field order', () => {
    const findings = checkActionItem({ ...specific, owner: ' ', dueDate: null, successMeasure: '' });
    expect(findings.map((finding) => [finding.field, finding.kind, finding.message])).toEqual([
      ['owner', 'missing', 'No owner'],
      ['dueDate', 'missing', 'No due date'],
      ['successMeasure', 'missing', 'No success measure'],
    ]);
    expect(findings.every((finding) => finding.hint)).toBe(true);
  });

  it.each(['everyone', 'The team', 'TBD', 'n/a'])(
    'flags “%s” as an owner who is no one in particular',
    (owner) => {
      expect(checkActionItem({ ...specific, owner })).toEqual([
        expect.objectContaining({ field: 'owner', kind: 'vague' }),
      ]);
    },
  );

  it('flags a success measure that only says the work is done', () => {
    expect(checkActionItem({ ...specific, successMeasure: 'Done.' })).toEqual([
      expect.objectContaining({ field: 'successMeasure', kind: 'vague' }),
    ]);
  });

  it('leaves an item nobody will do alone, since declining it is a decision', () => {
    expect(
      checkActionItem({
        title: 'Be more careful',
        owner: '',
        dueDate: null,
        successMeasure: '',
        status: 'wont-do',
      }),
    ).toEqual([]);
  });
});

function question(name: QuestionState['question'], nothingToDo: boolean): QuestionState {
  return {
    id: `00000000-0000-4000-9000-00000000000${name.length}`,
    meetingId: '00000000-0000-4000-8000-000000000000',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    createdBy: 'test',
    question: name,
    answer: '',
    answered: true,
    nothingToDo,
  };
}

describe('readiness', () => {
  it('splits items into complete and incomplete, in rank order, ignoring deleted ones', () => {
    const vague = item({ title: 'Improve monitoring', rank: 5 });
    const good = item({ rank: 2, question: 'detect' });
    const unowned = item({ owner: '', rank: 1, question: 'prevent' });
    const deleted = item({ owner: '', deletedAt: 10 });
    const result = readiness({ actionItems: [vague, good, unowned, deleted], questions: [] });
    expect(result.complete.map((entry) => entry.item.id)).toEqual([good.id]);
    expect(result.incomplete.map((entry) => entry.item.id)).toEqual([unowned.id, vague.id]);
    expect(result.incomplete[0]!.findings).toEqual([expect.objectContaining({ field: 'owner' })]);
  });

  it('lists questions with neither an item nor an explicit “nothing to do”', () => {
    const result = readiness({
      actionItems: [item({ question: 'detect' }), item({ question: 'detect', deletedAt: 3 })],
      questions: [question('prevent', true), question('remediate', false)],
    });
    expect(result.uncoveredQuestions).toEqual(['remediate']);
  });

  it('lists all three questions for a meeting with no items yet', () => {
    expect(readiness({ actionItems: [], questions: [] }).uncoveredQuestions).toEqual([
      'remediate',
      'detect',
      'prevent',
    ]);
  });
});

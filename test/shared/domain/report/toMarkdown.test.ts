import { describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../../../shared/domain/report/toMarkdown';
import { renderReportHtml } from '../../../../shared/domain/report/toHtml';
import { EXAMPLE_IDS, exampleRecords } from '../../../helpers/exampleRecords';
import { HOSTILE, hostileRecords } from '../../../helpers/hostileRecords';

describe('renderReportMarkdown', () => {
  it.each(EXAMPLE_IDS)('matches the golden report of the %s example', async (id) => {
    // Refresh after an intended change with `npx vitest run -u`, then read the diff.
    await expect(renderReportMarkdown(exampleRecords(id))).toMatchFileSnapshot(
      `../../../fixtures/reports/${id}.md`,
    );
  });
});

/** The table rows of a Markdown document, each as its cells (split on unescaped pipes). */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1));
}

describe('renderReportMarkdown with hostile text', () => {
  const records = hostileRecords();
  const markdown = renderReportMarkdown(records);

  it('keeps every table row at its header’s width whatever pipes and newlines a cell holds', () => {
    const rows = tableRows(markdown);
    // Timeline (6 columns with the meeting's zone), action items (8), participants (2).
    expect(rows.filter((cells) => cells.length === 6)).toHaveLength(
      records.timeline.filter((e) => e.deletedAt === null).length + 2,
    );
    expect(rows.filter((cells) => cells.length === 8)).toHaveLength(
      records.actionItems.filter((i) => i.deletedAt === null).length + 2,
    );
    expect(new Set(rows.map((cells) => cells.length))).toEqual(new Set([2, 6, 8]));
  });

  it('escapes HTML so that no tag survives', () => {
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|style|\/)/i);
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(markdown).toContain('\\<img src=x onerror="alert(1)"\\>');
  });

  it('escapes backticks, emphasis, links, images, math and entities', () => {
    expect(markdown).not.toMatch(/(?<!\\)`/);
    expect(markdown).toContain(
      '\\[link\\](javascript:alert(1)) \\!\\[img\\](x) \\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\$x^2\\$ \\&amp;',
    );
  });

  it('keeps line-start markers of free text from becoming headings, quotes or lists', () => {
    expect(markdown).toContain(
      '\\# not a heading\\\n\\> not a quote\\\n\\- not a list\\\n1\\. not numbered\\\n\\---',
    );
  });

  it('does not link a tracker URL that is not http(s)', () => {
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  it('keeps right-to-left text, emoji and long words, and drops bidi overrides', () => {
    expect(markdown).toContain(HOSTILE.rightToLeft);
    expect(markdown).toContain(HOSTILE.emoji);
    expect(markdown).toContain('a'.repeat(300));
    expect(markdown).toContain('safeevil');
    expect(markdown).not.toContain('\u202E');
  });

  it('gives the same bytes for the same meeting, whatever order its records come in', () => {
    const shuffled = {
      ...records,
      timeline: [...records.timeline].reverse(),
      lessons: [...records.lessons].reverse(),
    };
    expect(renderReportMarkdown(shuffled)).toBe(markdown);
  });
});

describe('renderReportMarkdown with a reflection', () => {
  const records = exampleRecords('firmware-packet-drop');
  const coach = {
    meetingId: records.meeting.id,
    dismissed: [],
    notes: { 'root-cause': 'Two teams, two views.', culture: `${HOSTILE.script} ${HOSTILE.pipes}` },
  };
  const markdown = renderReportMarkdown(records, coach);
  const reflection = markdown.slice(
    markdown.indexOf('## Reflection'),
    markdown.indexOf('## Open parking-lot'),
  );

  it('prints each aspect with its note and its checks’ state, after the lessons', () => {
    expect(markdown.indexOf('## Lessons')).toBeLessThan(markdown.indexOf('## Reflection'));
    expect(reflection).toContain('### Root-cause analysis\n\nTwo teams, two views.');
    for (const aspect of ['Impact analysis', 'Blast radius', 'Recoverability', 'Technical debt', 'Culture'])
      expect(reflection).toContain(`### ${aspect}`);
    expect(reflection).toContain(
      '| At least two contributing factors | Met | 6 contributing factors recorded. |',
    );
    expect(reflection).toContain('| The report is published | Open | Not published yet. |');
  });

  it('escapes the notes like every other user string', () => {
    expect(reflection).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(reflection).not.toMatch(/(?<!\\)<script/);
    expect(reflection).toContain('a \\| b');
  });

  it('gives the same bytes whenever it is exported', () => {
    expect(renderReportMarkdown(structuredClone(records), structuredClone(coach))).toBe(markdown);
  });
});

describe('the data an incident lost', () => {
  it('puts the count in the summary and the words in the impact section, in Markdown and HTML', () => {
    const records = exampleRecords(EXAMPLE_IDS[0]);
    records.impact = {
      ...records.impact!,
      dataLostCount: 5_000_000,
      dataLost: 'Rows of the production database written in the 6 hours before the last backup',
    };
    const markdown = renderReportMarkdown(records);
    expect(markdown).toContain('- **Data lost (rows, records, accounts):** 5,000,000');
    expect(markdown).toMatch(/### Data lost\n\nRows of the production database written in the 6 hours/);
    const html = renderReportHtml(records, { paper: 'A4' });
    expect(html).toContain('5,000,000');
    expect(html).toContain('Rows of the production database written in the 6 hours before the last backup');
  });
});

import { describe, expect, it } from 'vitest';
import { buildReportModel, REPORT_SECTIONS } from '../../../../shared/domain/report/reportModel';
import { emptyMeeting, exampleRecords } from '../../../helpers/exampleRecords';

const firmware = () => exampleRecords('firmware-packet-drop');

describe('buildReportModel', () => {
  it('lists the sections in the order the practice sets', () => {
    const coach = { meetingId: firmware().meeting.id, dismissed: [], notes: { culture: 'Calm.' } };
    expect(buildReportModel(firmware(), coach).sections.map((section) => section.id)).toEqual(
      REPORT_SECTIONS.map(([id]) => id),
    );
  });

  it('leaves the reflection out until one of its notes is written', () => {
    const records = firmware();
    const ids = (notes: Record<string, string>) =>
      buildReportModel(records, { meetingId: records.meeting.id, dismissed: [], notes }).sections.map(
        (section) => section.id,
      );
    expect(buildReportModel(records).sections.map((section) => section.id)).not.toContain('reflection');
    expect(ids({})).not.toContain('reflection');
    expect(ids({ impact: '  ' })).not.toContain('reflection');
    expect(ids({ impact: 'Numbers came late.' })).toContain('reflection');
  });

  it('says "none recorded" for an empty section and leaves out an empty closing statement', () => {
    const model = buildReportModel(emptyMeeting());
    expect(model.sections.map((section) => section.id)).not.toContain('closing');
    for (const section of model.sections.filter((s) => s.id !== 'summary')) {
      expect(section.blocks, section.id).toEqual([{ kind: 'none' }]);
    }
  });

  it('leaves deleted records out of every section', () => {
    const records = firmware();
    const deleted = { deletedAt: Date.UTC(2026, 1, 20) };
    records.actionItems = records.actionItems.map((item) => ({ ...item, ...deleted }));
    records.timeline = records.timeline.map((event) => ({ ...event, ...deleted }));
    records.impact = records.impact && { ...records.impact, ...deleted };
    const model = buildReportModel(records);
    const blocksOf = (id: string) => model.sections.find((section) => section.id === id)?.blocks;
    expect(blocksOf('action-items')).toEqual([{ kind: 'none' }]);
    expect(blocksOf('impact')).toEqual([{ kind: 'none' }]);
    expect(JSON.stringify(blocksOf('timeline'))).not.toContain('Planned maintenance');
  });

  it('ranks action items by rank whatever order the records come in', () => {
    const records = firmware();
    const forward = buildReportModel(records);
    const reversed = buildReportModel({ ...records, actionItems: [...records.actionItems].reverse() });
    expect(reversed).toEqual(forward);
  });

  it('derives time to detect, mitigate and resolve with the timeline metrics', () => {
    const timeline = buildReportModel(firmware()).sections.find((section) => section.id === 'timeline')!;
    const facts = timeline.blocks.find((block) => block.kind === 'facts');
    expect(facts).toMatchObject({
      rows: expect.arrayContaining([
        { label: 'Time to detect (start → detection)', value: '57 min' },
        { label: 'Time to mitigate (detection → mitigation)', value: '2 h 9 min' },
        { label: 'Time to resolve (detection → resolution)', value: '4 h 4 min' },
        { label: 'Total duration (start → resolution)', value: '5 h 1 min' },
      ]),
    });
  });

  it('lists the red flags after the derived numbers, the new ones included', () => {
    const records = firmware();
    const resolvedAt = records.meeting.resolvedAt!;
    records.meeting = { ...records.meeting, liveStartedAt: resolvedAt + (4 * 24 + 1) * 3_600_000 };
    // Root cause identified at 09:26 UTC (the vendor's release notes); impact mapped an hour later.
    records.impact = { ...records.impact!, mappedAt: Date.UTC(2026, 1, 17, 10, 26) };
    const { blocks } = buildReportModel(records).sections.find((section) => section.id === 'timeline')!;
    expect(blocks.slice(-2)).toEqual([
      { kind: 'subheading', text: 'Red flags' },
      {
        kind: 'list',
        ordered: false,
        items: [
          'Detection gap: 51 min from the first signal to detection (over 10 min).',
          'Impact mapping: 1 h from root cause identified to impact mapped (over 15 min).',
          'Recoverability: 2 h 29 min from root cause identified to fix deployed (over 30 min).',
          '2 mitigation attempts had no effect or only moved the symptom.',
          'Meeting delay: held 4 days 1 h after resolution (over 3 days).',
        ],
      },
    ]);
  });

  it('gives the same red flags whenever a draft is exported: a delay not yet held is not judged', () => {
    const records = { ...emptyMeeting() };
    records.meeting = { ...records.meeting, status: 'draft', resolvedAt: Date.UTC(2020, 0, 1) };
    const timeline = buildReportModel(records).sections.find((section) => section.id === 'timeline')!;
    expect(timeline.blocks).toEqual([{ kind: 'none' }]);
  });

  it('links only http(s) tracker URLs', () => {
    const records = firmware();
    records.actionItems = records.actionItems.map((item, index) => ({
      ...item,
      trackerUrl: index === 0 ? 'javascript:alert(1)' : item.trackerUrl,
      rank: index,
    }));
    const table = buildReportModel(records).sections.find((s) => s.id === 'action-items')!.blocks[0]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows[0]!.at(-1)).toBe('javascript:alert(1)');
    expect(table.rows[1]!.at(-1)).toMatchObject({ href: expect.stringMatching(/^https:/) });
  });
});

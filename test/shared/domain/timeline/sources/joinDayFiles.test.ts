import { describe, expect, it } from 'vitest';
import { joinDayFiles } from '../../../../../shared/domain/timeline/sources/joinDayFiles';
import { readSources } from '../../../../../shared/domain/timeline/sources/readSources';
import type { SourceFile } from '../../../../../shared/domain/timeline/sources/types';
import { BERLIN, fixture } from './fixtures';

const source = (file: SourceFile, reading?: string) => ({ name: file.name, files: [file], ...(reading ? { reading } : {}) });
const day25 = fixture('slack-workspace/inc-2041-orders-db/2025-10-25.json');
const day26 = fixture('slack-workspace/inc-2041-orders-db/2025-10-26.json');
const pagerDuty = source(fixture('pagerduty/log_entries.json'));

describe('joinDayFiles', () => {
  it("joins one channel's day files, in the place of the first, named by the first and last day", () => {
    const joined = joinDayFiles([source(day26), pagerDuty, source(day25)]);
    expect(joined.map((one) => [one.name, one.files.map((file) => file.name)])).toEqual([
      ['2025-10-25.json – 2025-10-26.json', ['2025-10-25.json', '2025-10-26.json']],
      ['log_entries.json', ['log_entries.json']],
    ]);
    // Read as one channel: its messages counted together, and none another's twin.
    const reading = readSources(joined.slice(0, 1), BERLIN);
    expect([reading.label, reading.total, reading.candidates.some((row) => row.origin !== undefined)]).toEqual([
      'Slack channel export',
      13,
      false,
    ]);
    // A later day file joins the days already joined.
    const next = { name: '2025-10-27.json', text: day26.text.replaceAll('17614', '17615') };
    expect(joinDayFiles([...joined, source(next)]).map((one) => one.name)).toEqual([
      '2025-10-25.json – 2025-10-27.json',
      'log_entries.json',
    ]);
  });

  it('keeps apart two channels’ files of one date, a file given another reading, and any other file', () => {
    const general = fixture('slack-workspace/general/2025-10-25.json');
    const twoChannels = [source(day25), source(general)];
    expect(joinDayFiles(twoChannels)).toEqual(twoChannels);
    const asJson = [source(day25), source(day26, 'json')];
    expect(joinDayFiles(asJson)).toEqual(asJson);
    expect(joinDayFiles([source(day25), pagerDuty])).toEqual([source(day25), pagerDuty]);
  });
});

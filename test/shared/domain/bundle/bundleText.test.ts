import { describe, expect, it } from 'vitest';
import { bundleRecordsOf, parseBundle, serializeBundle } from '../../../../shared/domain/bundle/bundleText';
import { records } from '../../../../shared/contract/records';
import { bundleJson, bundleText, testId } from '../../../helpers/bundleFactory';

function issuesOf(text: string) {
  const parsed = parseBundle(text);
  if (parsed.ok) throw new Error('expected the bundle to be refused');
  return parsed.issues;
}

function recordsOf(text: string) {
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return bundleRecordsOf(parsed.bundle);
}

describe('parseBundle', () => {
  it('reads a complete bundle with its times in UTC milliseconds', () => {
    const read = recordsOf(bundleText());
    expect(read.meeting.startedAt).toBe(Date.UTC(2026, 2, 5, 8, 0, 0));
    expect(read.timeline.map((event) => event.id)).toEqual([testId(30), testId(31)]);
    expect(read.parkingLot[0]!.stepId).toBe(testId(21));
  });

  it('says so when the text is not JSON at all', () => {
    expect(issuesOf('{"format": "hindsight.meeting-bundle",')).toEqual([
      { path: '', message: expect.stringMatching(/^not valid JSON/) },
    ]);
  });

  it.each([
    ['an array', '[]'],
    ['null', 'null'],
    ['a string', '"bundle"'],
    ['a number', '42'],
  ])('refuses %s as not a bundle object', (_name, text) => {
    expect(issuesOf(text)).toEqual([
      { path: '', message: 'not a Hindsight meeting bundle (expected a JSON object)' },
    ]);
  });

  it('refuses another format with one issue instead of one per missing record', () => {
    expect(issuesOf(JSON.stringify({ format: 'trello-export', version: 1, cards: [] }))).toEqual([
      { path: 'format', message: 'not a Hindsight meeting bundle (expected "hindsight.meeting-bundle")' },
    ]);
  });

  it('asks for an update, in one message, when the bundle comes from a newer Hindsight', () => {
    const issues = issuesOf(bundleText((bundle) => (bundle.version = 2)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toEqual({ path: 'version', message: expect.stringContaining('newer Hindsight') });
    expect(issues[0]!.message).toMatch(/update Hindsight/);
  });

  it('names a bad time by its JSON path', () => {
    const issues = issuesOf(bundleText((bundle) => (bundle.timeline[1]!.at = '05/03/2026 09:31')));
    expect(issues).toEqual([{ path: 'timeline[1].at', message: expect.stringMatching(/^not a date/) }]);
  });

  it('reports every problem of the file in one pass, field errors and cross-record errors together', () => {
    const issues = issuesOf(
      bundleText((bundle) => {
        bundle.meeting.title = '';
        bundle.timeline[0]!.at = 'yesterday';
        bundle.timeline[1]!.id = testId(10);
        // A wrong type and an unknown value stop zod's own refinements; ours must still run.
        bundle.lessons[0]!.position = 'first' as never;
        bundle.actionItems[0]!.status = 'blocked';
        bundle.parkingLot[0]!.stepId = testId(99);
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'meeting.title',
      'timeline[0].at',
      'lessons[0].position',
      'actionItems[0].status',
      'timeline[1].id',
      'parkingLot[0].stepId',
    ]);
    expect(issues[4]!.message).toBe('same id as participants[0]');
  });

  it('reads a bundle written before imports remembered their people as having no mapping', () => {
    const older = recordsOf(bundleText((bundle) => delete (bundle as Partial<typeof bundle>).importPeople));
    expect(older.importPeople).toEqual([]);
    const mapped = (role: string) =>
      bundleText((bundle) => {
        const { text: _text, stepId: _stepId, resolved: _resolved, ...meta } = bundle.parkingLot[0]!;
        bundle.importPeople.push({ ...meta, id: testId(95), person: 'Dana Kim', role });
      });
    expect(recordsOf(mapped('Database on-call')).importPeople.map((one) => [one.person, one.role])).toEqual([
      ['Dana Kim', 'Database on-call'],
    ]);
    expect(issuesOf(mapped(''))).toEqual([
      { path: 'importPeople[0].role', message: 'empty' },
    ]);
  });

  it('names each missing field', () => {
    const issues = issuesOf(
      bundleText((bundle) => {
        delete (bundle.meeting as Partial<typeof bundle.meeting>).timeZone;
        delete bundle.timeline[1]!.description;
        delete (bundle as Partial<typeof bundle>).lessons;
        // Two records without ids or meeting are "missing", not also "the same id" or "another meeting".
        for (const field of ['id', 'meetingId'] as const)
          delete (bundle.actionItems[0] as Partial<(typeof bundle.actionItems)[0]>)[field];
        bundle.actionItems.push({ ...bundle.actionItems[0]! });
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'meeting.timeZone',
      'timeline[1].description',
      'lessons',
      'actionItems[0].id',
      'actionItems[0].meetingId',
      'actionItems[1].id',
      'actionItems[1].meetingId',
    ]);
  });

  it('lists the allowed values when a value is not one of them', () => {
    const issues = issuesOf(
      bundleText((bundle) => {
        bundle.meeting.severity = 'SEV-0';
        bundle.timeline[1]!.outcome = 'fixed-it';
      }),
    );
    expect(issues).toEqual([
      { path: 'meeting.severity', message: expect.stringContaining('"SEV-1"') },
      { path: 'timeline[1].outcome', message: expect.stringContaining('"moved-symptom"') },
    ]);
  });

  it('ignores fields it does not know, so a bundle with extra notes still imports', () => {
    const text = bundleText((bundle) => Object.assign(bundle.meeting, { exportedWith: 'a script' }));
    expect(recordsOf(text).meeting).not.toHaveProperty('exportedWith');
  });
});

describe('serializeBundle', () => {
  it('writes exactly the bytes it read, so export → import → export is identical', () => {
    const text = `${JSON.stringify(bundleJson(), null, 2)}\n`;
    expect(serializeBundle(recordsOf(text))).toBe(text);
  });

  it('writes the same bytes whatever order the records come in', () => {
    const read = recordsOf(bundleText());
    const shuffled = { ...read, timeline: [...read.timeline].reverse(), agenda: [...read.agenda].reverse() };
    expect(serializeBundle(shuffled)).toBe(serializeBundle(read));
  });

  it('can write every time the app accepts, up to the end of the year 9999', () => {
    const latest = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    expect(records.TimelineEvent.shape.at.safeParse(latest + 1).success).toBe(false);
    const read = recordsOf(bundleText());
    read.timeline[0]!.at = latest;
    expect(recordsOf(serializeBundle(read)).timeline[0]!.at).toBe(latest);
  });

  it('refuses to write records that break the bundle rules rather than write a file nobody can import', () => {
    const read = recordsOf(bundleText());
    read.parkingLot[0]!.stepId = testId(99);
    expect(() => serializeBundle(read)).toThrow(/names no agenda step/);
  });
});

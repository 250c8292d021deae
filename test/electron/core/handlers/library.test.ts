import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../../electron/core/repos/tables';
import type { Core } from '../../../../electron/core/createCore';
import type { ExampleSummary } from '../../../../shared/contract/library';
import type { Meeting, MeetingRecords, MeetingSummary } from '../../../../shared/types';
import { revisedAt } from '../../../../shared/domain/meetings/revise';
import { bundleText, testId } from '../../../helpers/bundleFactory';
import { T0 } from '../../../helpers/factories';
import { EXAMPLES_DIR, testCore, value } from '../../../helpers/testCore';

/** Rows in every record table, deleted ones included: "nothing written" means these do not move. */
function rowCounts(core: Core): Record<string, number> {
  const db = core.session.store().db;
  return Object.fromEntries(
    Object.values(TABLES).map(({ table }) => [
      table,
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );
}

function allIds(records: MeetingRecords): string[] {
  return Object.values(records).flatMap((entry) =>
    entry === null ? [] : Array.isArray(entry) ? entry.map((record) => record.id) : [entry.id],
  );
}

describe('bundle.import', () => {
  it('adds the meeting as it is, ids and times kept, and announces it', async () => {
    const { core } = await testCore();
    const changed: unknown[] = [];
    core.onEvent((event, payload) => changed.push([event, payload]));
    const meeting = await value<Meeting>(core, 'bundle.import', { content: bundleText() });
    expect(meeting).toMatchObject({
      id: testId(1),
      title: 'Stale product data',
      startedAt: Date.UTC(2026, 2, 5, 8),
    });
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: testId(1) });
    expect(records.timeline.map((event) => event.id)).toEqual([testId(30), testId(31)]);
    expect(changed).toEqual([
      ['meetingChanged', expect.objectContaining({ meetingId: testId(1), reload: true })],
    ]);
  });

  it('answers invalid-bundle naming the file, with every problem at its JSON path', async () => {
    const { core } = await testCore();
    const content = bundleText((bundle) => {
      bundle.timeline[1]!.at = 'yesterday';
      bundle.actionItems[0]!.status = 'blocked';
    });
    const result = await core.call('bundle.import', { content, fileName: 'inc-123.hindsight.json' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-bundle',
        message: 'inc-123.hindsight.json cannot be imported (2 problems); nothing was changed.',
        issues: [{ path: 'timeline[1].at' }, { path: 'actionItems[0].status' }],
      },
    });
  });

  it('writes nothing when any part of the bundle is wrong', async () => {
    const { core } = await testCore();
    await value(core, 'examples.import', { exampleId: 'firmware-packet-drop' });
    const before = { meetings: await value(core, 'meetings.list', {}), rows: rowCounts(core) };
    // Only the last list is wrong: an importer that wrote as it went would have written the rest.
    const content = bundleText((bundle) => (bundle.parkingLot[0]!.text = ''));
    expect((await core.call('bundle.import', { content })).ok).toBe(false);
    expect({ meetings: await value(core, 'meetings.list', {}), rows: rowCounts(core) }).toEqual(before);
  });

  it('rolls the whole import back when the database refuses a record halfway through', async () => {
    const { core } = await testCore();
    await value(core, 'bundle.import', { content: bundleText() });
    const before = rowCounts(core);
    // A different meeting whose action item reuses a stored id: the meeting row and the lists
    // before it are inserted first, and must all go when the action item fails.
    let next = 200;
    const content = bundleText((bundle) => {
      const { format: _format, version: _version, meeting, actionItems, ...children } = bundle;
      meeting.id = testId(2);
      for (const record of Object.values(children).flat())
        Object.assign(record!, { id: testId(next++), meetingId: testId(2) });
      actionItems[0]!.meetingId = testId(2);
      bundle.parkingLot[0]!.stepId = bundle.agenda[1]!.id;
    });
    const result = await core.call('bundle.import', { content });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(rowCounts(core)).toEqual(before);
  });

  it('refuses a meeting that is already in the library and suggests importing a copy', async () => {
    const { core } = await testCore();
    await value(core, 'bundle.import', { content: bundleText() });
    const result = await core.call('bundle.import', { content: bundleText() });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: '“Stale product data” is already in the library; import it as a copy instead.',
      },
    });
  });

  it('imports the same bundle again as a copy with all-new ids', async () => {
    const { core } = await testCore();
    await value(core, 'bundle.import', { content: bundleText() });
    const copy = await value<Meeting>(core, 'bundle.import', { content: bundleText(), asCopy: true });
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: copy.id });
    const original = await value<MeetingRecords>(core, 'meetings.get', { id: testId(1) });
    expect(allIds(records)).toHaveLength(allIds(original).length);
    expect(allIds(records).filter((id) => allIds(original).includes(id))).toEqual([]);
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(2);
  });

  it('keeps the bundle’s revisions as it is, and revises every field of a copy at its import', async () => {
    const { core } = await testCore({ now: () => T0 });
    const content = bundleText(
      (bundle) => (bundle.meeting.revisions = { summary: '2026-03-05T10:00:00.000Z' }),
    );
    const asIs = await value<Meeting>(core, 'bundle.import', { content });
    expect(asIs.revisions).toEqual({ summary: Date.UTC(2026, 2, 5, 10) });
    const copy = await value<Meeting>(core, 'bundle.import', { content, asCopy: true });
    expect(copy.revisions).toEqual(revisedAt(T0));
    expect((await value<MeetingRecords>(core, 'meetings.get', { id: copy.id })).meeting).toEqual(copy);
  });
});

describe('examples.list', () => {
  it('lists both shipped examples with their title and a one-sentence description', async () => {
    const { core } = await testCore();
    const examples = await value<ExampleSummary[]>(core, 'examples.list', {});
    expect(examples.map((example) => [example.id, example.title])).toEqual([
      ['cache-invalidation-misconfiguration', 'Stale product data after cache TTL change'],
      ['firmware-packet-drop', 'Packet drops after top-of-rack switch firmware upgrade'],
    ]);
    for (const example of examples) expect(example.description).toMatch(/^[A-Z].{40,240}\.$/);
  });
});

describe('examples.import', () => {
  it('imports an example twice as two separate draft meetings', async () => {
    const { core } = await testCore();
    const first = await value<Meeting>(core, 'examples.import', {
      exampleId: 'cache-invalidation-misconfiguration',
    });
    const second = await value<Meeting>(core, 'examples.import', {
      exampleId: 'cache-invalidation-misconfiguration',
    });
    expect(second.id).not.toBe(first.id);
    expect([first.status, second.status]).toEqual(['draft', 'draft']);
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: second.id });
    expect(records.timeline.length).toBeGreaterThanOrEqual(15);
    expect(records.agenda.every((step) => step.accumulatedSeconds === 0 && !step.completed)).toBe(true);
  });

  it('answers not-found for an example that is not shipped', async () => {
    const { core } = await testCore();
    const result = await core.call('examples.import', { exampleId: 'no-such-example' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('ships only examples that a person would find complete', () => {
    for (const file of fs.readdirSync(EXAMPLES_DIR)) {
      const bundle = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
      const live = (list: { deletedAt: string | null }[]) =>
        list.filter((record) => record.deletedAt === null);
      expect(live(bundle.timeline).length, file).toBeGreaterThanOrEqual(15);
      expect(live(bundle.actionItems).length, file).toBeGreaterThanOrEqual(5);
      expect(new Set(bundle.lessons.map((lesson: { kind: string }) => lesson.kind)).size, file).toBe(3);
      expect(
        bundle.questions.map((question: { question: string }) => question.question).sort(),
        file,
      ).toEqual(['detect', 'prevent', 'remediate']);
      expect(
        bundle.timeline.map((event: { outcome: string | null }) => event.outcome),
        file,
      ).toEqual(expect.arrayContaining(['no-effect', 'moved-symptom']));
    }
  });
});

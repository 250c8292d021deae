import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { tempDir } from '../../../helpers/tempDb';
import { EXAMPLES_DIR, testCore, value } from '../../../helpers/testCore';
import { exportedText, meetingThroughContract } from '../../../helpers/meetingThroughContract';

const EXAMPLE_FILES = ['cache-invalidation-misconfiguration.json', 'firmware-packet-drop.json'];

describe('bundle.exportToFile', () => {
  it('offers a file name made of the incident day, the incident id and the title', async () => {
    const { core, dialogs } = await testCore();
    const meetingId = await meetingThroughContract(core);
    expect(await value(core, 'bundle.exportToFile', { meetingId })).toBeNull();
    expect(dialogs.requests).toEqual([
      { kind: 'save', defaultName: '2026-03-05-INC-123-stale-product-data.hindsight.json' },
    ]);
  });

  it('answers null and writes nothing when the person cancels the dialog', async () => {
    const { core, dialogs } = await testCore();
    const meetingId = await meetingThroughContract(core);
    dialogs.savePaths.push(null);
    expect(await core.call('bundle.exportToFile', { meetingId })).toEqual({ ok: true, value: null });
    // The offered name is not a path to write to: nothing may appear under it (relative to cwd).
    expect(dialogs.requests).toHaveLength(1);
    expect(fs.existsSync(dialogs.requests[0]!.defaultName!)).toBe(false);
  });

  it('replaces an existing file whole and leaves no temp file beside it', async () => {
    const { core, dialogs } = await testCore();
    const meetingId = await meetingThroughContract(core);
    const folder = tempDir();
    const filePath = path.join(folder, 'inc-123.hindsight.json');
    fs.writeFileSync(filePath, 'an older export');
    dialogs.savePaths.push(filePath);
    expect(await value(core, 'bundle.exportToFile', { meetingId })).toEqual({ filePath });
    expect(fs.readdirSync(folder)).toEqual(['inc-123.hindsight.json']);
    expect(JSON.parse(fs.readFileSync(filePath, 'utf8')).meeting.id).toBe(meetingId);
  });

  it('answers file-error naming the path and leaves nothing behind when the file cannot be written', async () => {
    const { core, dialogs } = await testCore();
    const meetingId = await meetingThroughContract(core);
    const folder = tempDir();
    // The chosen path is an existing folder: the temp file is written, the rename fails.
    const target = path.join(folder, 'taken');
    fs.mkdirSync(target);
    dialogs.savePaths.push(target);
    const result = await core.call('bundle.exportToFile', { meetingId });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'file-error', message: expect.stringContaining(target) },
    });
    expect(fs.readdirSync(folder)).toEqual(['taken']);
  });

  it('answers not-found for a deleted meeting without opening the dialog', async () => {
    const { core, dialogs } = await testCore();
    const meetingId = await meetingThroughContract(core);
    await value(core, 'meetings.delete', { id: meetingId });
    const result = await core.call('bundle.exportToFile', { meetingId });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(dialogs.requests).toEqual([]);
  });
});

describe('bundle round trip', () => {
  it.each(EXAMPLE_FILES)('exports %s byte for byte as it was imported', async (file) => {
    const content = fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
    const { core, dialogs } = await testCore();
    const meeting = await value<Meeting>(core, 'bundle.import', { content, fileName: file });
    expect(await exportedText(core, dialogs, meeting.id)).toBe(content);
  });

  it('gives identical bytes for a meeting built through the contract, exported, imported elsewhere and exported again', async () => {
    const first = await testCore();
    const meetingId = await meetingThroughContract(first.core);
    const exported = await exportedText(first.core, first.dialogs, meetingId);
    const second = await testCore();
    await value(second.core, 'bundle.import', { content: exported });
    expect(await exportedText(second.core, second.dialogs, meetingId)).toBe(exported);
  });

  it('carries deleted records through export and import, still deleted', async () => {
    const first = await testCore();
    const meetingId = await meetingThroughContract(first.core);
    const exported = await exportedText(first.core, first.dialogs, meetingId);
    const deleted = JSON.parse(exported).timeline.filter(
      (event: { deletedAt: string | null }) => event.deletedAt,
    );
    expect(deleted).toMatchObject([{ description: 'Typed twice' }]);

    const second = await testCore();
    await value(second.core, 'bundle.import', { content: exported });
    const live = await value<MeetingRecords>(second.core, 'meetings.get', { id: meetingId });
    expect(live.timeline.map((event) => event.description)).not.toContain('Typed twice');
    const reexported = JSON.parse(await exportedText(second.core, second.dialogs, meetingId));
    expect(reexported.timeline.filter((event: { deletedAt: string | null }) => event.deletedAt)).toEqual(
      deleted,
    );
  });

  it('keeps every meeting exportable by refusing a parking-lot item on another meeting’s step', async () => {
    const { core, dialogs } = await testCore();
    const meetingId = await meetingThroughContract(core);
    const other = await value<Meeting>(core, 'meetings.create', { title: 'Another incident' });
    const { agenda } = await value<MeetingRecords>(core, 'meetings.get', { id: other.id });
    const added = await core.call('parkingLot.add', { meetingId, text: 'Wrong step', stepId: agenda[0]!.id });
    expect(added).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'stepId' }] },
    });
    const { parkingLot } = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
    const moved = await core.call('parkingLot.update', {
      id: parkingLot[0]!.id,
      patch: { stepId: agenda[0]!.id },
    });
    expect(moved).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'patch.stepId' }] },
    });
    expect(JSON.parse(await exportedText(core, dialogs, meetingId)).parkingLot).toHaveLength(1);
  });

  it('exports a duplicate of a meeting whose parking-lot item sat on a deleted step', async () => {
    const { core, dialogs } = await testCore();
    const meetingId = await meetingThroughContract(core);
    const { agenda } = await value<MeetingRecords>(core, 'meetings.get', { id: meetingId });
    await value(core, 'agenda.remove', { id: agenda[1]!.id });
    const copy = await value<Meeting>(core, 'meetings.duplicate', { id: meetingId });
    const bundle = JSON.parse(await exportedText(core, dialogs, copy.id));
    expect(bundle.parkingLot).toMatchObject([{ text: 'Audit the other edge rules', stepId: null }]);
  });
});

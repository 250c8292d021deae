import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRUD_KINDS, specOf } from '../../../../shared/contract/recordKinds';
import type { SavedFile } from '../../../../shared/contract/library';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { tempDir } from '../../../helpers/tempDb';
import { EXAMPLES_DIR, testCore, value } from '../../../helpers/testCore';

const example = fs.readFileSync(path.join(EXAMPLES_DIR, 'firmware-packet-drop.json'), 'utf8');

type Fields = Record<string, unknown>;
const editableOf = (kind: (typeof CRUD_KINDS)[number], record: Fields): Fields =>
  Object.fromEntries(specOf(kind).editable.map((field) => [field, record[field]]));

/**
 * Every editable field of every kind a window adds and edits, through add, update and a bundle
 * (issue 15 Tests): a field the tables or the bundle dropped would come back as its default.
 * The values are the shipped example's, so each is valid and most differ from the defaults.
 */
describe.each(CRUD_KINDS)('every field of %s', (kind) => {
  it('round-trips through add, update and a bundle exported and imported again', async () => {
    const { core, dialogs } = await testCore();
    const meeting = await value<Meeting>(core, 'bundle.import', { content: example });
    const stored = (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id }))[kind] as Fields[];
    expect(stored.length).toBeGreaterThanOrEqual(2);
    const [first, second] = stored as [Fields, Fields];
    const { domain } = specOf(kind);

    // Added with every field of the first record, then updated to every field of the second.
    const added = await value<Fields>(core, `${domain}.add`, {
      meetingId: meeting.id,
      ...editableOf(kind, first),
    });
    expect(editableOf(kind, added)).toEqual(editableOf(kind, first));
    const updated = await value<Fields>(core, `${domain}.update`, {
      id: added.id,
      patch: editableOf(kind, second),
    });
    expect(editableOf(kind, updated)).toEqual(editableOf(kind, second));
    const read = (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id }))[kind] as Fields[];
    expect(read.find((record) => record.id === added.id)).toEqual(updated);

    // Exported and imported into another library: the same record, every field.
    const file = path.join(tempDir(), 'meeting.json');
    dialogs.savePaths.push(file);
    await value<SavedFile>(core, 'bundle.exportToFile', { meetingId: meeting.id });
    const { core: other } = await testCore();
    const imported = await value<Meeting>(other, 'bundle.import', { content: fs.readFileSync(file, 'utf8') });
    const there = (await value<MeetingRecords>(other, 'meetings.get', { id: imported.id }))[kind] as Fields[];
    expect(there.find((record) => record.id === added.id)).toEqual(updated);
  });
});

import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { makeMeetingInput } from '../../../helpers/factories';
import { testCore, value } from '../../../helpers/testCore';
import { RECORD_DOMAINS } from './recordDomains';

// Issue 11 point 11: the records of a deleted meeting could still be changed, one by one.
describe.each(RECORD_DOMAINS)('$domain of a deleted meeting', (domain) => {
  it.each(['update', 'remove', 'restore'])(
    '%s is refused with not-found and writes nothing',
    async (verb) => {
      const { core } = await testCore();
      const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
      const record = await value<{ id: string }>(core, `${domain.domain}.add`, {
        meetingId: meeting.id,
        ...domain.add,
      });
      if (verb === 'restore') await value(core, `${domain.domain}.remove`, { id: record.id });
      await value(core, 'meetings.delete', { id: meeting.id });
      const before = core.session
        .store()
        .loadMeetingRecords(core.session.store().tables.meetings.get(meeting.id)!, true);

      const input = verb === 'update' ? { id: record.id, patch: domain.patch } : { id: record.id };
      expect(await core.call(`${domain.domain}.${verb}`, input)).toEqual({
        ok: false,
        error: {
          code: 'not-found',
          message: `The meeting of this record is deleted: restore the meeting to change its records.`,
        },
      });
      const after = core.session
        .store()
        .loadMeetingRecords(core.session.store().tables.meetings.get(meeting.id)!, true);
      expect(after).toEqual(before satisfies MeetingRecords);
    },
  );
});

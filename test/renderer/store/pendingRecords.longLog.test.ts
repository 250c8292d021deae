import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../../shared/contract/recordKinds';
import type { Meeting, MeetingRecords, TimelineEvent } from '../../../shared/types';
import { callRecordMethod } from '../../../renderer/store/callRecordMethod';
import { createPendingAdds, type PendingState } from '../../../renderer/store/pendingRecords';
import { countingIdReads } from '../../helpers/idReads';
import { inProcessBridge } from '../../helpers/inProcessBridge';
import { manyEvents } from '../../helpers/manyEvents';
import { testCore, value } from '../../helpers/testCore';

// Issue #16: a capture into a long log costs what it costs in a short one. The pending event and
// the core's answer are each placed by binary search; neither scans the log for the new id
// (counted as reads of the shown events' ids, not timed).
describe('an event captured into a log of 10,000', () => {
  it('is shown, then saved, without a scan of the log', async () => {
    const { core } = await testCore();
    const api = inProcessBridge(core);
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    const log = countingIdReads([...manyEvents(10_000, meeting.id)].sort(compareRecords('timeline')));
    let state: PendingState = {
      overview: {
        records: { ...records, timeline: log.list },
        removedAt: {},
        meetingId: meeting.id,
        error: null,
      },
      meetings: { byId: {}, ids: [], query: '', loaded: false },
      savingIds: {},
    };
    const pending = createPendingAdds(
      (kind, input) => callRecordMethod(api, kind, 'add', input),
      () => state,
      (update) => {
        state = update(state);
      },
    );
    const at = log.list[6_000]!.at + 1;

    const saved = pending.capture('timeline', { at, description: 'Rollback started', source: 'typed' });
    const shown = () => state.overview.records!.timeline;
    const readsWhileSaving = log.reads();
    const pendingEvent = shown().find((event) => event.description === 'Rollback started')!;
    expect(state.savingIds).toEqual({ [pendingEvent.id]: true });
    const result = await saved;
    const readsOnceSaved = log.reads();

    expect(readsWhileSaving).toBeLessThan(100);
    expect(readsOnceSaved - readsWhileSaving).toBeLessThan(100);
    expect(result?.ok).toBe(true);
    const savedEvent = (result as { value: TimelineEvent }).value;
    expect(state.savingIds).toEqual({});
    expect(shown()).toHaveLength(10_001);
    expect(shown()[6_001]).toEqual(savedEvent);
    expect(shown()).toEqual([...shown()].sort(compareRecords('timeline')));
  });
});

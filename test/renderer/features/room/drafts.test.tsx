import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { CaptureForms } from '../../../../renderer/features/room/CaptureForms';
import { DraftsContext, storedDrafts } from '../../../../renderer/features/room/drafts';
import { testCore, value } from '../../../helpers/testCore';

async function meetingRecords(): Promise<MeetingRecords> {
  const { core } = await testCore();
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Stale prices' });
  return value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
}

/** The note-taker page's capture forms over this browser's storage, as after a (re)load. */
function renderForms(records: MeetingRecords, roomKey: string, captured: unknown[] = []) {
  return render(
    <DraftsContext.Provider value={storedDrafts(window.localStorage, roomKey)}>
      <CaptureForms
        records={records}
        capture={(...call) => void captured.push(call)}
        hubNow={() => Date.now()}
      />
    </DraftsContext.Provider>,
  );
}

const form = (name: string) => screen.getByRole('form', { name });

describe('capture drafts on the note-taker page', () => {
  it('keeps what was typed but not submitted across a reload, per room, and clears it on submit', async () => {
    window.localStorage.clear();
    const records = await meetingRecords();
    const user = userEvent.setup();
    const first = renderForms(records, 'ROOM-A');
    await user.type(
      within(form('Timeline event')).getByRole('textbox', { name: 'What happened' }),
      'Cache went stale',
    );
    await user.type(
      within(form('Action item')).getByRole('textbox', { name: 'Action' }),
      'Alert on cache age',
    );
    await user.type(
      within(form('Parking lot')).getByRole('textbox', { name: 'Off-topic remark' }),
      'TTL policy',
    );
    first.unmount();

    // The reload: a new page over the same storage.
    const captured: unknown[] = [];
    const reloaded = renderForms(records, 'ROOM-A', captured);
    expect(within(form('Timeline event')).getByRole('textbox', { name: 'What happened' })).toHaveValue(
      'Cache went stale',
    );
    expect(within(form('Action item')).getByRole('textbox', { name: 'Action' })).toHaveValue(
      'Alert on cache age',
    );
    const remark = within(form('Parking lot')).getByRole('textbox', { name: 'Off-topic remark' });
    expect(remark).toHaveValue('TTL policy');

    await user.click(within(form('Parking lot')).getByRole('button', { name: 'Park it' }));
    expect(captured).toEqual([['parkingLot.add', { text: 'TTL policy' }]]);
    expect(remark).toHaveValue('');
    // Said where the capture went, not a bare count.
    expect(within(form('Parking lot')).getByRole('status')).toHaveTextContent(
      'Kept (1 so far), listed under Your captures.',
    );
    reloaded.unmount();

    renderForms(records, 'ROOM-A');
    expect(within(form('Parking lot')).getByRole('textbox', { name: 'Off-topic remark' })).toHaveValue('');
    expect(within(form('Action item')).getByRole('textbox', { name: 'Action' })).toHaveValue(
      'Alert on cache age',
    );
  });

  it('shows another room none of these drafts, and reads a damaged entry as none', async () => {
    window.localStorage.clear();
    const records = await meetingRecords();
    window.localStorage.setItem('hindsight.room.drafts.ROOM-A', JSON.stringify({ 'action.title': 'Kept' }));
    window.localStorage.setItem('hindsight.room.drafts.ROOM-B', '{not json');
    renderForms(records, 'ROOM-B');
    expect(within(form('Action item')).getByRole('textbox', { name: 'Action' })).toHaveValue('');
  });
});

import type { MeetingRecords } from '../../../shared/types';
import type { AppUnderTest } from './startApp';

/** Everything the core has stored for the meeting, read straight from the core under the page. */
export async function records(app: AppUnderTest, meetingId: string): Promise<MeetingRecords> {
  const result = await app.core.call('meetings.get', { id: meetingId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as MeetingRecords;
}

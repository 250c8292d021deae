import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MergeSummary } from '../../../../shared/contract/merge';
import type { SavedFile } from '../../../../shared/contract/library';
import type { TimelineEvent } from '../../../../shared/types';
import { hubWithOpenRoom } from '../../../helpers/roomHost';
import {
  captureEvent as capture,
  joinRoom as join,
  joinStatus as status,
  records,
  until,
} from '../../../helpers/joiner';
import { tempDir } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';

const HOUR = 60 * 60 * 1000;

/** A note-taker's Hindsight on a laptop whose clock is an hour ahead of the facilitator's. */
async function joinerAnHourAhead() {
  return testCore({ now: () => Date.now() + HOUR });
}

describe('a joined Hindsight whose laptop clock is wrong', () => {
  it('takes the hub’s versions of its captures and the console’s later edits, an hour ahead or not', async () => {
    const { hub, meeting, room } = await hubWithOpenRoom();
    const { core: joiner } = await joinerAnHourAhead();
    expect((await join(joiner, room)).ok).toBe(true);

    const sent = await capture(joiner, meeting.id, 'Prices went stale');
    await until(
      () => status(joiner),
      (now) => now!.waiting.length === 0,
    );
    // The hub stamps what it saves with its own clock, never the note-taker's.
    const saved = (await records(hub, meeting.id)).timeline.find((event) => event.id === sent.id)!;
    expect(saved.updatedAt).toBeLessThanOrEqual(Date.now());

    // The facilitator rewords it on the console: an older time than the joiner's clock shows.
    await value<TimelineEvent>(hub, 'timeline.update', {
      id: sent.id,
      patch: { description: 'Prices went stale on eu-west' },
    });
    await until(
      () => records(joiner, meeting.id),
      (copy) => copy.timeline[0]?.description === 'Prices went stale on eu-west',
    );
    // The facilitator moves the meeting on: the copy's step follows, its capture notwithstanding.
    const moved = await value<{ meeting: { currentStepId: string } }>(hub, 'agenda.next', {
      meetingId: meeting.id,
    });
    await until(
      () => records(joiner, meeting.id),
      (copy) => copy.meeting.currentStepId === moved.meeting.currentStepId,
    );
  });

  it('merged as a bundle after the meeting: its unsent capture is added, the console’s later edits stay', async () => {
    const { hub, meeting, room } = await hubWithOpenRoom();
    const { core: joiner, dialogs } = await joinerAnHourAhead();
    expect((await join(joiner, room)).ok).toBe(true);
    const sent = await capture(joiner, meeting.id, 'Prices went stale');
    await until(
      () => status(joiner),
      (now) => now!.waiting.length === 0,
    );

    // The room closes; the note-taker captures on, offline, in their copy (an hour ahead).
    await value(hub, 'room.close', {});
    await until(
      () => status(joiner),
      (now) => now!.connection.state !== 'online',
    );
    const unsent = await capture(joiner, meeting.id, 'Rolled back the deploy');
    // Meanwhile the facilitator edits the meeting and the sent capture.
    await value(hub, 'meetings.update', { id: meeting.id, patch: { summary: 'Stale prices for 40 min' } });
    await value(hub, 'timeline.update', {
      id: sent.id,
      patch: { description: 'Prices went stale on eu-west' },
    });

    // After the meeting: the note-taker leaves, exports a bundle, the facilitator merges it.
    await value(joiner, 'join.leave', {});
    const file = path.join(tempDir(), 'ana.hindsight.json');
    dialogs.savePaths.push(file);
    await value<SavedFile>(joiner, 'bundle.exportToFile', { meetingId: meeting.id });
    const content = fs.readFileSync(file, 'utf8');
    const summary = await value<MergeSummary>(hub, 'bundle.merge', { meetingId: meeting.id, content });

    expect(summary.added).toEqual([{ kind: 'timeline', id: unsent.id }]);
    expect(summary.changed).toEqual([]);
    const merged = await records(hub, meeting.id);
    expect(merged.meeting.summary).toBe('Stale prices for 40 min');
    expect(merged.timeline.map((event) => event.description).sort()).toEqual([
      'Prices went stale on eu-west',
      'Rolled back the deploy',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../../../shared/contract/live';
import type { ActionItem, Meeting, MeetingRecords, TimelineEvent } from '../../../../shared/types';
import { readTimer } from '../../../../shared/domain/agenda/timer';
import { createCore, type Core } from '../../../../electron/core/createCore';
import { EXAMPLES_DIR, scriptedHost, testCore, value } from '../../../helpers/testCore';
import { failure, makeActionItemInput, manualClock, recordEvents, T0 } from '../../../helpers/factories';
import { tempDbPath } from '../../../helpers/tempDb';

const MINUTE = 60_000;

/** A real core with a hand-moved clock and a fresh meeting on the default agenda. */
async function liveMeeting(options: { dbPath?: string } = {}) {
  const clock = manualClock();
  const { core, dialogs } = await testCore({
    now: clock.now,
    ...(options.dbPath ? { dbPath: options.dbPath } : {}),
  });
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
  const { agenda } = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
  const call = (name: string, input: object) => value<LiveState>(core, name, input);
  return { core, dialogs, clock, meeting, agenda, call };
}

const stepOf = (state: LiveState, id: string) => state.agenda.find((step) => step.id === id)!;
const current = (state: LiveState) => stepOf(state, state.meeting.currentStepId!);

describe('agenda.startStep', () => {
  it('starts the timer, makes the step current and the draft meeting live', async () => {
    const { agenda, call } = await liveMeeting();
    const state = await call('agenda.startStep', { stepId: agenda[0]!.id });
    expect(state.meeting).toMatchObject({ currentStepId: agenda[0]!.id, status: 'live', liveStartedAt: T0 });
    expect(stepOf(state, agenda[0]!.id)).toMatchObject({ runningSince: T0, accumulatedSeconds: 0 });
  });

  it('revises the meeting’s fields the start changes, at its time', async () => {
    const { agenda, call, clock, meeting } = await liveMeeting();
    const at = clock.advance();
    const state = await call('agenda.startStep', { stepId: agenda[0]!.id });
    expect(state.meeting.revisions).toEqual({
      ...meeting.revisions,
      currentStepId: at,
      status: at,
      liveStartedAt: at,
    });
  });

  it('keeps the time of a step that is already running when it is started again', async () => {
    // A double press of Space, or a second window, must never wipe the time run so far.
    const { agenda, call, clock } = await liveMeeting();
    await call('agenda.startStep', { stepId: agenda[0]!.id });
    clock.advance(100_000);
    const state = await call('agenda.startStep', { stepId: agenda[0]!.id });
    expect(readTimer(stepOf(state, agenda[0]!.id), clock.now()).elapsedSeconds).toBe(100);
  });

  it('pauses the step that was running, so only one timer runs', async () => {
    const { agenda, call, clock } = await liveMeeting();
    await call('agenda.startStep', { stepId: agenda[0]!.id });
    clock.advance(30_000);
    const state = await call('agenda.startStep', { stepId: agenda[2]!.id });
    expect(stepOf(state, agenda[0]!.id)).toMatchObject({ runningSince: null, accumulatedSeconds: 30 });
    expect(state.agenda.filter((step) => step.runningSince !== null).map((step) => step.id)).toEqual([
      agenda[2]!.id,
    ]);
  });

  it('announces the change after it is committed', async () => {
    const { core, agenda, call, meeting } = await liveMeeting();
    const events = recordEvents(core);
    await call('agenda.startStep', { stepId: agenda[0]!.id });
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });

  it('refuses a step that does not exist', async () => {
    const { core } = await liveMeeting();
    const error = await failure(core, 'agenda.startStep', { stepId: crypto.randomUUID() });
    expect(error.code).toBe('not-found');
  });
});

describe('agenda.pauseStep', () => {
  it('keeps the time run so far and resumes from it', async () => {
    const { agenda, call, clock } = await liveMeeting();
    const stepId = agenda[0]!.id;
    await call('agenda.startStep', { stepId });
    clock.advance(45_500);
    const paused = await call('agenda.pauseStep', { stepId });
    expect(stepOf(paused, stepId)).toMatchObject({ runningSince: null, accumulatedSeconds: 45.5 });
    clock.advance(10 * MINUTE);
    const resumed = await call('agenda.startStep', { stepId });
    clock.advance(14_500);
    expect(readTimer(stepOf(resumed, stepId), clock.now())).toMatchObject({
      elapsedSeconds: 60,
      remainingSeconds: 120,
    });
  });
});

describe('agenda.extendStep', () => {
  it('adds the seconds to the timebox without touching the time run', async () => {
    const { agenda, call, clock } = await liveMeeting();
    const stepId = agenda[0]!.id;
    await call('agenda.startStep', { stepId });
    clock.advance(4 * MINUTE);
    const state = await call('agenda.extendStep', { stepId, seconds: 60 });
    expect(stepOf(state, stepId).plannedSeconds).toBe(240);
    expect(readTimer(stepOf(state, stepId), clock.now())).toMatchObject({
      phase: 'overtime',
      overtimeSeconds: 0,
    });
  });

  it('refuses a non-positive extension and writes nothing', async () => {
    const { core, agenda } = await liveMeeting();
    const error = await failure(core, 'agenda.extendStep', { stepId: agenda[0]!.id, seconds: 0 });
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'seconds' }] });
  });
});

describe('agenda.next and agenda.previous', () => {
  it('walks all eight steps, completing each one left forward and starting the next timer', async () => {
    const { agenda, call, clock, meeting } = await liveMeeting();
    let state = await call('agenda.next', { meetingId: meeting.id });
    for (let index = 1; index < agenda.length; index++) {
      clock.advance(MINUTE);
      state = await call('agenda.next', { meetingId: meeting.id });
      expect(current(state).id).toBe(agenda[index]!.id);
      expect(current(state).runningSince).toBe(clock.now());
      expect(stepOf(state, agenda[index - 1]!.id)).toMatchObject({
        completed: true,
        runningSince: null,
        accumulatedSeconds: 60,
      });
    }
    expect(state.meeting.status).toBe('live');
  });

  it('jumps over skipped steps both ways', async () => {
    const { core, agenda, call, meeting } = await liveMeeting();
    await value(core, 'agenda.update', { id: agenda[1]!.id, patch: { skipped: true } });
    await call('agenda.next', { meetingId: meeting.id });
    expect(current(await call('agenda.next', { meetingId: meeting.id })).id).toBe(agenda[2]!.id);
    expect(current(await call('agenda.previous', { meetingId: meeting.id })).id).toBe(agenda[0]!.id);
  });

  it('goes back without marking the step left as done, and reopens the one returned to', async () => {
    const { agenda, call, meeting } = await liveMeeting();
    await call('agenda.next', { meetingId: meeting.id });
    await call('agenda.next', { meetingId: meeting.id });
    const state = await call('agenda.previous', { meetingId: meeting.id });
    expect(stepOf(state, agenda[1]!.id)).toMatchObject({ completed: false, runningSince: null });
    expect(current(state)).toMatchObject({ id: agenda[0]!.id, completed: false });
  });

  it('says so at either end of the agenda', async () => {
    const { core, agenda, call, meeting } = await liveMeeting();
    await call('agenda.goToStep', { meetingId: meeting.id, stepId: agenda.at(-1)!.id });
    expect((await failure(core, 'agenda.next', { meetingId: meeting.id })).code).toBe('conflict');
    await call('agenda.goToStep', { meetingId: meeting.id, stepId: agenda[0]!.id });
    expect((await failure(core, 'agenda.previous', { meetingId: meeting.id })).code).toBe('conflict');
  });
});

describe('agenda.goToStep', () => {
  it('leaves the target paused when the meeting does not start the next timer', async () => {
    const { core, agenda, call, meeting } = await liveMeeting();
    await value(core, 'meetings.update', { id: meeting.id, patch: { autoStartNextStep: false } });
    const state = await call('agenda.goToStep', { meetingId: meeting.id, stepId: agenda[3]!.id });
    expect(current(state)).toMatchObject({ id: agenda[3]!.id, runningSince: null });
    expect(state.meeting.status).toBe('draft');
  });

  it('lowers the move-on signal when the step changes', async () => {
    const { agenda, call, meeting } = await liveMeeting();
    await call('agenda.next', { meetingId: meeting.id });
    const raised = await call('meetings.signalMoveOn', { meetingId: meeting.id, raised: true });
    expect(raised.meeting.moveOnSignalAt).toBe(T0);
    const moved = await call('agenda.goToStep', { meetingId: meeting.id, stepId: agenda[1]!.id });
    expect(moved.meeting.moveOnSignalAt).toBeNull();
  });

  it('refuses a step of another meeting', async () => {
    const { core, meeting } = await liveMeeting();
    const other = await value<Meeting>(core, 'meetings.create', { title: 'Other' });
    const { agenda } = await value<MeetingRecords>(core, 'meetings.get', { id: other.id });
    const error = await failure(core, 'agenda.goToStep', { meetingId: meeting.id, stepId: agenda[0]!.id });
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'stepId' }] });
  });
});

describe('meetings.endMeeting', () => {
  it('pauses the timer, completes the current step and moves the meeting to review', async () => {
    const { agenda, call, clock, meeting } = await liveMeeting();
    await call('agenda.next', { meetingId: meeting.id });
    clock.advance(MINUTE);
    const state = await call('meetings.endMeeting', { meetingId: meeting.id });
    expect(state.meeting).toMatchObject({ status: 'review', currentStepId: null });
    expect(stepOf(state, agenda[0]!.id)).toMatchObject({
      completed: true,
      runningSince: null,
      accumulatedSeconds: 60,
    });
  });
});

describe('restarting the core mid-step', () => {
  it('keeps the remaining time across a restart', async () => {
    const dbPath = tempDbPath();
    const clock = manualClock();
    const host = scriptedHost().host;
    const first = await createCore({ dbPath, examplesDir: EXAMPLES_DIR, host, now: clock.now });
    const meeting = await value<Meeting>(first, 'meetings.create', { title: 'Checkout outage' });
    const started = await value<LiveState>(first, 'agenda.next', { meetingId: meeting.id });
    clock.advance(100_000);
    const before = readTimer(current(started), clock.now());
    await first.close();

    const second = await createCore({ dbPath, examplesDir: EXAMPLES_DIR, host, now: clock.now });
    try {
      const records = await value<MeetingRecords>(second, 'meetings.get', { id: meeting.id });
      const step = records.agenda.find((candidate) => candidate.id === records.meeting.currentStepId)!;
      expect(readTimer(step, clock.now())).toEqual(before);
      expect(before.remainingSeconds).toBe(80);
    } finally {
      await second.close();
    }
  });
});

describe('meetings.reviewItem', () => {
  /** A live meeting with two action items, in that priority order. */
  async function meetingWithItems() {
    const live = await liveMeeting();
    const add = (title: string) =>
      value<ActionItem>(live.core, 'actionItems.add', makeActionItemInput(live.meeting.id, { title }));
    return { ...live, first: await add('Alert on stale price age'), second: await add('Cap retries at 3') };
  }
  const stored = async (core: Core, id: string) =>
    (await value<MeetingRecords>(core, 'meetings.get', { id })).meeting.reviewItemId;

  it('puts an item under review, saved on the meeting, and moves it to another', async () => {
    const { core, call, meeting, first, second } = await meetingWithItems();
    const state = await call('meetings.reviewItem', { meetingId: meeting.id, itemId: first.id });
    expect(state.meeting.reviewItemId).toBe(first.id);
    expect(await stored(core, meeting.id)).toBe(first.id);
    await call('meetings.reviewItem', { meetingId: meeting.id, itemId: second.id });
    expect(await stored(core, meeting.id)).toBe(second.id);
  });

  it('clears the item under review with null', async () => {
    const { core, call, meeting, first } = await meetingWithItems();
    await call('meetings.reviewItem', { meetingId: meeting.id, itemId: first.id });
    const state = await call('meetings.reviewItem', { meetingId: meeting.id, itemId: null });
    expect(state.meeting.reviewItemId).toBeNull();
    expect(await stored(core, meeting.id)).toBeNull();
  });

  it('refuses a deleted item and keeps the item under review', async () => {
    const { core, call, meeting, first, second } = await meetingWithItems();
    await call('meetings.reviewItem', { meetingId: meeting.id, itemId: first.id });
    await value(core, 'actionItems.remove', { id: second.id });
    const error = await failure(core, 'meetings.reviewItem', { meetingId: meeting.id, itemId: second.id });
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'itemId' }] });
    expect(await stored(core, meeting.id)).toBe(first.id);
  });

  it('refuses an item of another meeting, and an id that names no item', async () => {
    const { core, meeting } = await meetingWithItems();
    const other = await value<Meeting>(core, 'meetings.create', { title: 'Other' });
    const foreign = await value<ActionItem>(core, 'actionItems.add', makeActionItemInput(other.id));
    for (const itemId of [foreign.id, crypto.randomUUID()]) {
      const error = await failure(core, 'meetings.reviewItem', { meetingId: meeting.id, itemId });
      expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'itemId' }] });
    }
    expect(await stored(core, meeting.id)).toBeNull();
  });

  it('refuses an item id that is not a UUID before reading anything', async () => {
    const { core, meeting } = await meetingWithItems();
    const error = await failure(core, 'meetings.reviewItem', { meetingId: meeting.id, itemId: 'first' });
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'itemId' }] });
  });

  it('announces the change after it is committed', async () => {
    const { core, call, meeting, first } = await meetingWithItems();
    const events = recordEvents(core);
    await call('meetings.reviewItem', { meetingId: meeting.id, itemId: first.id });
    expect(events).toEqual([
      { event: 'meetingChanged', payload: expect.objectContaining({ meetingId: meeting.id }) },
    ]);
  });
});

describe('meetings.walkEvent', () => {
  /** A live meeting with two events in its log. */
  async function meetingWithEvents() {
    const live = await liveMeeting();
    const add = (description: string, at: number) =>
      value<TimelineEvent>(live.core, 'timeline.add', { meetingId: live.meeting.id, at, description });
    return { ...live, first: await add('Alert fires', T0 - 60_000), second: await add('Rollback', T0) };
  }
  const stored = async (core: Core, id: string) =>
    (await value<MeetingRecords>(core, 'meetings.get', { id })).meeting.walkEventId;

  it('saves the walked event on the meeting, moves it and clears it with null', async () => {
    const { core, call, meeting, first, second } = await meetingWithEvents();
    const state = await call('meetings.walkEvent', { meetingId: meeting.id, eventId: first.id });
    expect(state.meeting.walkEventId).toBe(first.id);
    await call('meetings.walkEvent', { meetingId: meeting.id, eventId: second.id });
    expect(await stored(core, meeting.id)).toBe(second.id);
    await call('meetings.walkEvent', { meetingId: meeting.id, eventId: null });
    expect(await stored(core, meeting.id)).toBeNull();
  });

  it('refuses a deleted event, an event of another meeting and an unknown id, keeping the walk', async () => {
    const { core, call, meeting, first, second } = await meetingWithEvents();
    await call('meetings.walkEvent', { meetingId: meeting.id, eventId: first.id });
    await value(core, 'timeline.remove', { id: second.id });
    const other = await value<Meeting>(core, 'meetings.create', { title: 'Other' });
    const foreign = await value<TimelineEvent>(core, 'timeline.add', {
      meetingId: other.id,
      at: T0,
      description: 'Elsewhere',
    });
    for (const eventId of [second.id, foreign.id, crypto.randomUUID()]) {
      const error = await failure(core, 'meetings.walkEvent', { meetingId: meeting.id, eventId });
      expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: 'eventId' }] });
    }
    expect(await stored(core, meeting.id)).toBe(first.id);
  });
});

describe('windows.openProjector', () => {
  it('asks the host to open the projector on the meeting', async () => {
    const { core, dialogs, meeting } = await liveMeeting();
    expect(await value(core, 'windows.openProjector', { meetingId: meeting.id })).toBeNull();
    expect(dialogs.requests).toContainEqual({ kind: 'projector', meetingId: meeting.id });
  });
});

describe('starting again after the end', () => {
  it('makes an ended meeting live again', async () => {
    const { agenda, call, meeting } = await liveMeeting();
    await call('agenda.next', { meetingId: meeting.id });
    await call('meetings.endMeeting', { meetingId: meeting.id });
    const state = await call('agenda.startStep', { stepId: agenda[7]!.id });
    expect(state.meeting).toMatchObject({ status: 'live', currentStepId: agenda[7]!.id, liveStartedAt: T0 });
  });
});

import { describe, expect, it } from 'vitest';
import type { CoachState } from '../../../../shared/domain/coach/reflectionAspects';
import type { Meeting } from '../../../../shared/types';
import { failure, makeMeetingInput, recordEvents } from '../../../helpers/factories';
import { tempDbPath } from '../../../helpers/tempDb';
import { testCore, value } from '../../../helpers/testCore';

async function setup(dbPath = tempDbPath()) {
  const { core } = await testCore({ dbPath });
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  return { core, meetingId: meeting.id };
}

describe('coach.dismiss', () => {
  it('remembers a dismissed finding across a restart, once however often it is dismissed', async () => {
    const dbPath = tempDbPath();
    const { core, meetingId } = await setup(dbPath);
    const key = 'event-1:description:counterfactual:should have';
    await value(core, 'coach.dismiss', { meetingId, key });
    await value(core, 'coach.dismiss', { meetingId, key });
    await core.close();

    const { core: reopened } = await testCore({ dbPath });
    const state = await value<CoachState>(reopened, 'coach.get', { meetingId });
    expect(state).toEqual({ meetingId, dismissed: [key], notes: {} });
    const back = await value<CoachState>(reopened, 'coach.undismiss', { meetingId, key });
    expect(back.dismissed).toEqual([]);
  });

  it('refuses a finding of a meeting that does not exist, and an empty key, writing nothing', async () => {
    const { core, meetingId } = await setup();
    const missing = await failure(core, 'coach.dismiss', {
      meetingId: '00000000-0000-4000-8000-00000000dead',
      key: 'x',
    });
    expect(missing.code).toBe('not-found');
    const empty = await failure(core, 'coach.dismiss', { meetingId, key: '' });
    expect(empty.code).toBe('invalid-input');
    expect((await value<CoachState>(core, 'coach.get', { meetingId })).dismissed).toEqual([]);
  });
});

describe('coach.setNote', () => {
  it('keeps one note per aspect, replaces it, and removes it when emptied, without a meeting change', async () => {
    const { core, meetingId } = await setup();
    const announced = recordEvents(core);
    await value(core, 'coach.setNote', { meetingId, aspect: 'culture', note: 'Blameless, mostly.' });
    await value(core, 'coach.setNote', { meetingId, aspect: 'impact', note: 'Numbers from support.' });
    const replaced = await value<CoachState>(core, 'coach.setNote', {
      meetingId,
      aspect: 'culture',
      note: 'Blameless throughout.',
    });
    expect(replaced.notes).toEqual({ culture: 'Blameless throughout.', impact: 'Numbers from support.' });
    const emptied = await value<CoachState>(core, 'coach.setNote', {
      meetingId,
      aspect: 'impact',
      note: '  ',
    });
    expect(emptied.notes).toEqual({ culture: 'Blameless throughout.' });
    expect(announced).toEqual([]);
  });

  it('refuses an aspect that is not one of the six', async () => {
    const { core, meetingId } = await setup();
    const error = await failure(core, 'coach.setNote', { meetingId, aspect: 'luck', note: 'x' });
    expect(error.code).toBe('invalid-input');
    expect(error.issues?.[0]?.path).toBe('aspect');
  });
});

import { describe, expect, it } from 'vitest';
import type { AgendaTemplate } from '../../../../shared/contract/templates';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput, manualClock } from '../../../helpers/factories';
import { openRaw } from '../../../helpers/sqliteFixtures';
import { tempDbPath } from '../../../helpers/tempDb';

type Core = Awaited<ReturnType<typeof testCore>>['core'];

/** A template saved from a fresh meeting's default agenda (8 steps, 60 minutes). */
async function savedTemplate(core: Core, name = 'Standard') {
  const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
  return value<AgendaTemplate>(core, 'templates.saveFromMeeting', { meetingId: meeting.id, name });
}

const stored = async (core: Core, id: string) =>
  (await value<AgendaTemplate[]>(core, 'templates.list', {})).find((template) => template.id === id);

describe('templates.update', () => {
  it('renames a template, trimming the name', async () => {
    const { core } = await testCore();
    const template = await savedTemplate(core);
    const renamed = await value<AgendaTemplate>(core, 'templates.update', {
      id: template.id,
      patch: { name: '  SEV-1 review ' },
    });
    expect(renamed.name).toBe('SEV-1 review');
    expect(renamed.steps).toEqual(template.steps);
    expect(await stored(core, template.id)).toEqual(renamed);
  });

  it('refuses a name another template has, ignoring case, and writes nothing', async () => {
    const { core } = await testCore();
    await savedTemplate(core, 'Short review');
    const template = await savedTemplate(core, 'Standard');
    const error = await failure(core, 'templates.update', {
      id: template.id,
      patch: { name: 'short REVIEW' },
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Not saved: a template named “Short review” already exists.');
    expect(error.issues).toEqual([{ path: 'patch.name', message: 'another template has this name' }]);
    expect((await stored(core, template.id))?.name).toBe('Standard');
  });

  it('replaces the steps in one save: edited, removed, added and reordered', async () => {
    const clock = manualClock();
    const { core } = await testCore({ now: clock.now });
    const template = await savedTemplate(core);
    const [opening, eventLog, ...rest] = template.steps;
    clock.advance();
    const saved = await value<AgendaTemplate>(core, 'templates.update', {
      id: template.id,
      patch: {
        steps: [
          { ...eventLog!, title: 'Facts first', plannedSeconds: 900, prompt: 'Only what happened.' },
          { title: 'Customer call', prompt: '', plannedSeconds: 240 },
          ...rest.slice(0, -1),
          opening!,
        ],
      },
    });

    expect(saved.steps.map((step) => [step.title, step.plannedSeconds / 60])).toEqual([
      ['Facts first', 15],
      ['Customer call', 4],
      ...rest.slice(0, -1).map((step) => [step.title, step.plannedSeconds / 60]),
      ['Opening', 3],
    ]);
    // Kept steps keep their ids; the new one is given one, and is a custom step.
    expect(saved.steps[0]).toMatchObject({ id: eventLog!.id, kind: 'event-log' });
    expect(saved.steps[1]!.kind).toBe('custom');
    expect(template.steps.map((step) => step.id)).not.toContain(saved.steps[1]!.id);
    expect(saved.updatedAt).toBe(clock.now());
    expect(await stored(core, template.id)).toEqual(saved);
  });

  it('gives a meeting created from the template the edited steps', async () => {
    const { core } = await testCore();
    const template = await savedTemplate(core);
    await value(core, 'templates.update', {
      id: template.id,
      patch: { steps: [{ title: 'Only step', prompt: 'Talk.', plannedSeconds: 600 }] },
    });
    const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Next', templateId: template.id });
    const { agenda } = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(agenda.map((step) => [step.kind, step.title, step.prompt, step.plannedSeconds])).toEqual([
      ['custom', 'Only step', 'Talk.', 600],
    ]);
  });

  it('refuses bad steps, naming each problem, and writes nothing', async () => {
    const { core } = await testCore();
    const template = await savedTemplate(core);
    const [first, second] = template.steps;
    const error = await failure(core, 'templates.update', {
      id: template.id,
      patch: {
        steps: [
          { ...first!, title: '' },
          { ...second!, plannedSeconds: -60 },
        ],
      },
    });
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: 'patch.steps[0].title', message: 'empty' },
      { path: 'patch.steps[1].plannedSeconds', message: expect.any(String) },
    ]);
    const empty = await failure(core, 'templates.update', { id: template.id, patch: { steps: [] } });
    expect(empty.issues).toEqual([{ path: 'patch.steps', message: 'a template needs at least one step' }]);
    const twice = await failure(core, 'templates.update', {
      id: template.id,
      patch: { steps: [first!, first!] },
    });
    expect(twice.issues).toEqual([{ path: 'patch.steps', message: 'names the same step twice' }]);
    expect(await stored(core, template.id)).toEqual(template);
  });

  it('refuses to edit a deleted template', async () => {
    const { core } = await testCore();
    const template = await savedTemplate(core);
    await value(core, 'templates.delete', { id: template.id });
    const error = await failure(core, 'templates.update', { id: template.id, patch: { name: 'Back' } });
    expect(error.code).toBe('not-found');
  });

  it('gives the steps of a template saved before steps had ids stable ids, kept by the next save', async () => {
    const dbPath = tempDbPath();
    const { core } = await testCore({ dbPath });
    const template = await savedTemplate(core);
    // The template as schema v3 first stored it: steps without ids.
    const raw = openRaw(dbPath);
    raw
      .prepare('UPDATE agenda_templates SET steps = ? WHERE id = ?')
      .run(JSON.stringify(template.steps.map(({ id: _id, ...step }) => step)), template.id);
    raw.close();

    const read = await stored(core, template.id);
    const ids = read!.steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(8);
    expect((await stored(core, template.id))!.steps.map((step) => step.id)).toEqual(ids);
    const saved = await value<AgendaTemplate>(core, 'templates.update', {
      id: template.id,
      patch: { steps: [...read!.steps].reverse() },
    });
    expect(saved.steps.map((step) => step.id)).toEqual([...ids].reverse());
  });
});

describe('templates.restore', () => {
  it('brings a deleted template back', async () => {
    const { core } = await testCore();
    const template = await savedTemplate(core);
    await value(core, 'templates.delete', { id: template.id });
    const restored = await value<AgendaTemplate>(core, 'templates.restore', { id: template.id });
    expect(restored).toMatchObject({ id: template.id, deletedAt: null, steps: template.steps });
    expect(await stored(core, template.id)).toEqual(restored);
  });

  it('refuses when another template has taken the name since', async () => {
    const { core } = await testCore();
    const template = await savedTemplate(core, 'Standard');
    await value(core, 'templates.delete', { id: template.id });
    await savedTemplate(core, 'STANDARD');
    const error = await failure(core, 'templates.restore', { id: template.id });
    expect(error.code).toBe('conflict');
    expect(await stored(core, template.id)).toBeUndefined();
  });
});

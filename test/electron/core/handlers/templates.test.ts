import { describe, expect, it } from 'vitest';
import type { AgendaTemplate } from '../../../../shared/contract/templates';
import type { AgendaStep, Meeting, MeetingRecords } from '../../../../shared/types';
import { testCore, value } from '../../../helpers/testCore';
import { failure, makeMeetingInput } from '../../../helpers/factories';

async function agendaOf(core: Awaited<ReturnType<typeof testCore>>['core'], meetingId: string) {
  return (await value<MeetingRecords>(core, 'meetings.get', { id: meetingId })).agenda;
}

describe('templates', () => {
  it('saves an edited agenda, lists it and starts a new meeting from it', async () => {
    const { core } = await testCore();
    const source = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const [opening, eventLog, impact] = await agendaOf(core, source.id);
    await value(core, 'agenda.update', { id: eventLog!.id, patch: { plannedSeconds: 20 * 60 } });
    await value(core, 'agenda.update', { id: impact!.id, patch: { skipped: true } });
    const custom = await value<AgendaStep>(core, 'agenda.add', {
      meetingId: source.id,
      title: 'Customer call',
      prompt: 'What did support hear?',
      plannedSeconds: 240,
    });
    await value(core, 'agenda.reorder', {
      meetingId: source.id,
      orderedIds: (await agendaOf(core, source.id)).map((step) => step.id).reverse(),
    });

    const saved = await value<AgendaTemplate>(core, 'templates.saveFromMeeting', {
      meetingId: source.id,
      name: '  Short SEV-3 review ',
    });
    const listed = await value<AgendaTemplate[]>(core, 'templates.list', {});
    const created = await value<Meeting>(core, 'meetings.create', {
      title: 'Next incident',
      templateId: saved.id,
    });
    const agenda = await agendaOf(core, created.id);

    expect(saved.name).toBe('Short SEV-3 review');
    // Skipped steps are left out; the order and the timeboxes are kept.
    expect(saved.steps).toHaveLength(8);
    expect(saved.steps[0]).toEqual({
      id: expect.any(String),
      kind: 'custom',
      title: custom.title,
      prompt: custom.prompt,
      plannedSeconds: 240,
    });
    expect(listed).toEqual([saved]);
    expect(created.templateId).toBe(saved.id);
    expect(agenda.map((step) => [step.title, step.plannedSeconds, step.position])).toEqual(
      saved.steps.map((step, position) => [step.title, step.plannedSeconds, position]),
    );
    expect(agenda.find((step) => step.title === 'Event log')?.plannedSeconds).toBe(1200);
    expect(agenda.at(-1)?.title).toBe(opening!.title);
    expect(agenda.every((step) => step.accumulatedSeconds === 0 && !step.skipped)).toBe(true);
  });

  it('replaces a template of the same name instead of adding a second one', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const first = await value<AgendaTemplate>(core, 'templates.saveFromMeeting', {
      meetingId: meeting.id,
      name: 'Standard',
    });
    const [step] = await agendaOf(core, meeting.id);
    await value(core, 'agenda.update', { id: step!.id, patch: { plannedSeconds: 600 } });

    const second = await value<AgendaTemplate>(core, 'templates.saveFromMeeting', {
      meetingId: meeting.id,
      name: 'standard',
    });

    expect(second.id).toBe(first.id);
    expect(second.steps[0]!.plannedSeconds).toBe(600);
    expect(await value<AgendaTemplate[]>(core, 'templates.list', {})).toHaveLength(1);
  });

  it('deletes a template, and refuses to create a meeting from a deleted one', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const template = await value<AgendaTemplate>(core, 'templates.saveFromMeeting', {
      meetingId: meeting.id,
      name: 'Old',
    });

    await value(core, 'templates.delete', { id: template.id });
    const error = await failure(core, 'meetings.create', { title: 'Late', templateId: template.id });

    expect(await value(core, 'templates.list', {})).toEqual([]);
    expect(error.code).toBe('not-found');
    expect(error.issues).toEqual([{ path: 'templateId', message: 'names no agenda template' }]);
  });

  it('refuses an empty template name', async () => {
    const { core } = await testCore();
    const meeting = await value<Meeting>(core, 'meetings.create', makeMeetingInput());
    const error = await failure(core, 'templates.saveFromMeeting', { meetingId: meeting.id, name: '  ' });
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ path: 'name', message: 'empty' }]);
  });
});

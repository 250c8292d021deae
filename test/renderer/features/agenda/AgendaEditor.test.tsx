import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { AgendaTemplate } from '../../../../shared/contract/templates';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

/** The app over a real core, with a fresh meeting open and the agenda editor shown. */
async function editor(tab: 'Overview' | 'Run the meeting' = 'Overview') {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'meetings.create', { title: 'Checkout outage' });
  await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
  await app.user.click(await screen.findByRole('tab', { name: tab }));
  await app.user.click(await screen.findByRole('button', { name: 'Edit agenda' }));
  const dialog = await screen.findByRole('dialog', { name: /Edit agenda/ });
  const records = () => value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id });
  const titles = async () => (await records()).agenda.map((step) => step.title);
  return { ...app, meeting, dialog, records, titles };
}

const handle = (dialog: HTMLElement, title: string) =>
  within(dialog).getByRole('button', { name: new RegExp(`^Move “${title}”`) });

describe('AgendaEditor', () => {
  it('lists the eight steps with their timeboxes and the planned total', async () => {
    const { dialog } = await editor();
    expect(dialog).toHaveAccessibleName('Edit agenda 60 min planned');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(8);
    expect(handle(dialog, 'Event log')).toHaveAccessibleName('Move “Event log”, step 2 of 8');
  });

  it('moves the focused step down with Alt+↓ and up with Alt+↑, saving each order', async () => {
    const { user, dialog, titles } = await editor();
    handle(dialog, 'Opening').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () => expect((await titles()).slice(0, 2)).toEqual(['Event log', 'Opening']));
    expect(await screen.findByText('Step “Opening” moved to position 2 of 8.')).toBeInTheDocument();
    // The moved row keeps focus, so the next Alt+↓ carries on moving it.
    expect(handle(dialog, 'Opening')).toHaveFocus();
    expect(handle(dialog, 'Opening')).toHaveAccessibleName('Move “Opening”, step 2 of 8');

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');
    await waitFor(async () => expect((await titles()).slice(0, 2)).toEqual(['Opening', 'Event log']));
  });

  it('saves a step’s minutes, and the total follows', async () => {
    const { user, dialog, records } = await editor();
    const row = handle(dialog, 'Impact').closest('li')!;
    const minutes = within(row).getByRole('textbox', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '15{Enter}');
    await waitFor(async () =>
      expect((await records()).agenda.find((step) => step.title === 'Impact')?.plannedSeconds).toBe(900),
    );
    expect(dialog).toHaveAccessibleName('Edit agenda 70 min planned');
  });

  it('refuses minutes that are not a whole number, keeping what was typed', async () => {
    const { user, dialog, records } = await editor();
    const minutes = within(handle(dialog, 'Impact').closest('li')!).getByRole('textbox', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, 'ten{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Enter whole minutes from 1 to 1440.');
    expect(minutes).toHaveValue('ten');
    expect((await records()).agenda.find((step) => step.title === 'Impact')?.plannedSeconds).toBe(300);
  });

  it('renames a step and edits its prompt', async () => {
    const { user, dialog, records } = await editor();
    const row = handle(dialog, 'Wrap-up').closest('li')!;
    const title = within(row).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Close{Enter}');
    const prompt = within(row).getByRole('textbox', { name: 'Prompt' });
    await user.clear(prompt);
    await user.type(prompt, 'Who writes the report?{Enter}');
    await waitFor(async () =>
      expect((await records()).agenda.at(-1)).toMatchObject({
        title: 'Close',
        prompt: 'Who writes the report?',
      }),
    );
  });

  it('adds a custom step, skips and unskips a step, and removes the custom step with undo', async () => {
    const { user, dialog, records, titles } = await editor('Run the meeting');
    const add = within(dialog).getByRole('form', { name: 'Add a step' });
    await user.type(within(add).getByRole('textbox', { name: 'New step' }), 'Customer call');
    const minutes = within(add).getByRole('textbox', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '4');
    await user.click(within(add).getByRole('button', { name: 'Add step' }));
    await within(dialog).findByRole('button', { name: 'Move “Customer call”, step 9 of 9' });
    expect((await records()).agenda.at(-1)).toMatchObject({ kind: 'custom', plannedSeconds: 240 });
    expect(dialog).toHaveAccessibleName('Edit agenda 64 min planned');

    await user.click(within(dialog).getByRole('button', { name: 'Skip “Impact”' }));
    await within(dialog).findByRole('button', { name: 'Unskip “Impact”' });
    expect(dialog).toHaveAccessibleName('Edit agenda 59 min planned');
    expect((await records()).agenda.find((step) => step.title === 'Impact')?.skipped).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Unskip “Impact”' }));
    await within(dialog).findByRole('button', { name: 'Skip “Impact”' });

    // Only custom steps can be removed; the practice's steps are skipped instead.
    expect(within(dialog).queryByRole('button', { name: 'Remove “Impact”' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove “Customer call”' }));
    await waitFor(async () => expect(await titles()).not.toContain('Customer call'));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await titles()).toContain('Customer call'));
  });

  it('adds a step once for a second Enter during the save, keeping what is typed meanwhile', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const app = await renderApp({
      wrapApi: (api) => ({
        ...api,
        'agenda.add': async (input) => {
          await held;
          return api['agenda.add'](input);
        },
      }),
    });
    const meeting = await value<Meeting>(app.core, 'meetings.create', { title: 'Checkout outage' });
    await app.user.click(await screen.findByRole('button', { name: 'Checkout outage' }));
    await app.user.click(await screen.findByRole('button', { name: 'Edit agenda' }));
    const dialog = await screen.findByRole('dialog', { name: /Edit agenda/ });
    const title = within(dialog).getByRole('textbox', { name: 'New step' });
    await app.user.type(title, 'Customer call{Enter}{Enter} and vendor');
    release();
    await within(dialog).findByRole('button', { name: 'Move “Customer call”, step 9 of 9' });
    await waitFor(() => expect(title).toHaveValue(' and vendor'));
    const steps = (await value<MeetingRecords>(app.core, 'meetings.get', { id: meeting.id })).agenda;
    expect(steps.filter((step) => step.title === 'Customer call')).toHaveLength(1);
  });

  it('saves the agenda as a named template and deletes it', async () => {
    const { user, dialog, core } = await editor();
    const form = within(dialog).getByRole('form', { name: 'Save as template' });
    await user.type(within(form).getByRole('textbox', { name: 'Template name' }), 'Short review');
    await user.click(within(form).getByRole('button', { name: 'Save as template' }));
    await screen.findByText('Saved the agenda as template “Short review”.');
    const templates = await value<AgendaTemplate[]>(core, 'templates.list', {});
    expect(templates.map((template) => [template.name, template.steps.length])).toEqual([
      ['Short review', 8],
    ]);

    const saved = await within(dialog).findByRole('list', { name: 'Saved templates' });
    await user.click(within(saved).getByRole('button', { name: 'Delete template “Short review”' }));
    await waitFor(() => expect(within(dialog).queryByRole('list', { name: 'Saved templates' })).toBeNull());
    expect(await value(core, 'templates.list', {})).toEqual([]);
  });
});

describe('CreateMeetingDialog with templates', () => {
  it('offers the saved templates and creates the meeting from the one chosen', async () => {
    const { core, user } = await renderApp();
    const source = await value<Meeting>(core, 'meetings.create', { title: 'Source' });
    await value(core, 'templates.saveFromMeeting', { meetingId: source.id, name: 'Short review' });
    await user.click(await screen.findByRole('button', { name: /New meeting/ }));
    const create = await screen.findByRole('dialog', { name: 'New meeting' });
    await user.type(within(create).getByRole('textbox', { name: /Title/ }), 'From the template');
    await user.selectOptions(
      within(create).getByRole('combobox', { name: 'Agenda' }),
      await within(create).findByRole('option', { name: 'Short review (8 steps, 60 min)' }),
    );
    await user.click(within(create).getByRole('button', { name: 'Create meeting' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'New meeting' })).not.toBeInTheDocument(),
    );
    const list = await value<{ id: string; title: string }[]>(core, 'meetings.list', {});
    const id = list.find((summary) => summary.title === 'From the template')!.id;
    const created = await value<MeetingRecords>(core, 'meetings.get', { id });
    expect(created.meeting.templateId).not.toBeNull();
    expect(created.agenda).toHaveLength(8);
  });
});

import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { AgendaTemplate } from '../../../../shared/contract/templates';
import type { Meeting } from '../../../../shared/types';
import { renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

// Each test drives the whole app over a real SQLite core, typing key by key; on a loaded
// two-core machine that can pass vitest's 5 s default without anything being wrong.
const SLOW_MACHINE_MS = 15_000;

/** Two templates saved from a meeting's default agenda, and the Templates view open on the first. */
async function templatesView() {
  const app = await renderApp();
  const meeting = await value<Meeting>(app.core, 'meetings.create', { title: 'Checkout outage' });
  for (const name of ['Standard', 'Short review']) {
    await value(app.core, 'templates.saveFromMeeting', { meetingId: meeting.id, name });
  }
  const open = await screen.findByRole('button', { name: 'Agenda templates' });
  // Reached with the keyboard, like every control of the library.
  open.focus();
  await app.user.keyboard('{Enter}');
  await screen.findByRole('heading', { level: 1, name: 'Agenda templates' });
  await screen.findByRole('list', { name: 'Steps of “Short review”' });
  const stored = async (name: string) =>
    (await value<AgendaTemplate[]>(app.core, 'templates.list', {})).find(
      (template) => template.name === name,
    );
  return { ...app, stored };
}

const steps = () => screen.getByRole('list', { name: /^Steps of/ });
const row = (title: string) =>
  within(steps())
    .getByRole('button', { name: new RegExp(`^Move “${title}”`) })
    .closest('li')!;
const field = (title: string, label: 'Title' | 'Minutes' | 'Prompt') =>
  within(row(title)).getByRole('textbox', { name: label });

describe('TemplatesView', { timeout: SLOW_MACHINE_MS }, () => {
  it('lists the templates with their total minutes and opens the first, heading focused', async () => {
    await templatesView();
    expect(screen.getByRole('heading', { level: 1, name: 'Agenda templates' })).toHaveFocus();
    const choices = within(screen.getByRole('list', { name: 'Templates' })).getAllByRole('button');
    expect(choices.map((choice) => choice.textContent)).toEqual([
      'Short review8 steps, 60 min',
      'Standard8 steps, 60 min',
    ]);
    expect(choices[0]).toHaveAttribute('aria-current', 'true');
    expect(within(steps()).getAllByRole('listitem')).toHaveLength(8);
  });

  it('renames a template, and says why when another template has the name', async () => {
    const { user, stored } = await templatesView();
    const name = screen.getByRole('textbox', { name: 'Template name' });
    await user.clear(name);
    await user.type(name, 'standard{Enter}');
    expect(await within(name.closest('.inline-field')!).findByRole('alert')).toHaveTextContent(
      'Not saved: a template named “Standard” already exists.',
    );
    await user.clear(name);
    // Renamed past "Standard": the list order changes, and the renamed template stays open.
    await user.type(name, 'Weekly review{Enter}');
    await screen.findByRole('heading', { level: 2, name: /^Weekly review/ });
    const choices = within(screen.getByRole('list', { name: 'Templates' })).getAllByRole('button');
    expect(choices.map((choice) => choice.getAttribute('aria-current'))).toEqual([null, 'true']);
    expect(await stored('Weekly review')).toBeDefined();
    expect(await stored('Short review')).toBeUndefined();
  });

  it('saves a step’s title, minutes and prompt, and the total follows', async () => {
    const { user, stored } = await templatesView();
    await user.clear(field('Impact', 'Minutes'));
    await user.type(field('Impact', 'Minutes'), '15{Enter}');
    await screen.findByRole('heading', { level: 2, name: 'Short review 8 steps, 70 min planned' });
    const title = field('Wrap-up', 'Title');
    await user.clear(title);
    await user.type(title, 'Close');
    // Tabbing on commits the title while the prompt is typed: the two saves must not collide.
    await user.tab();
    await user.tab();
    await user.keyboard('{Control>}a{/Control}Who publishes?{Enter}');
    await waitFor(async () =>
      expect((await stored('Short review'))?.steps.at(-1)).toMatchObject({
        title: 'Close',
        prompt: 'Who publishes?',
      }),
    );
    expect(
      (await stored('Short review'))?.steps.find((step) => step.title === 'Impact')?.plannedSeconds,
    ).toBe(900);
  });

  it('refuses minutes that are not whole, and a step without a title, keeping what was typed', async () => {
    const { user, stored } = await templatesView();
    const minutes = field('Impact', 'Minutes');
    await user.clear(minutes);
    await user.type(minutes, '2.5{Enter}');
    expect(await within(row('Impact')).findByRole('alert')).toHaveTextContent(
      'Enter whole minutes from 1 to 1440.',
    );
    expect(minutes).toHaveValue('2.5');
    const title = field('Impact', 'Title');
    await user.clear(title);
    await user.keyboard('{Enter}');
    expect(await within(title.closest('.inline-field')!).findByRole('alert')).toHaveTextContent(
      'A step needs a title.',
    );
    expect((await stored('Short review'))?.steps.find((step) => step.kind === 'impact')).toMatchObject({
      title: 'Impact',
      plannedSeconds: 300,
    });
  });

  it('adds a step, and removes one with undo putting it back in its place', async () => {
    const { user, stored } = await templatesView();
    const add = screen.getByRole('form', { name: 'Add a step' });
    await user.type(within(add).getByRole('textbox', { name: 'New step' }), 'Customer call');
    const minutes = within(add).getByRole('textbox', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(within(add).getByRole('button', { name: 'Add step' }));
    expect(await within(add).findByRole('alert')).toHaveTextContent('Enter whole minutes from 1 to 1440.');
    await user.clear(minutes);
    await user.type(minutes, '4{Enter}');
    await within(steps()).findByRole('button', { name: 'Move “Customer call”, step 9 of 9' });
    expect((await stored('Short review'))?.steps.at(-1)).toMatchObject({
      kind: 'custom',
      title: 'Customer call',
      plannedSeconds: 240,
    });

    await user.click(within(row('Impact')).getByRole('button', { name: 'Remove “Impact”' }));
    await waitFor(() => expect(within(steps()).getAllByRole('listitem')).toHaveLength(8));
    expect(within(steps()).getByRole('button', { name: /^Move “Remediate faster”/ })).toHaveFocus();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await within(steps()).findByRole('button', { name: 'Move “Impact”, step 3 of 9' });
    expect((await stored('Short review'))?.steps[2]?.title).toBe('Impact');
  });

  it('moves a step with Alt+↓, saves the order and says where it went', async () => {
    const { user, stored } = await templatesView();
    within(steps())
      .getByRole('button', { name: /^Move “Opening”/ })
      .focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByText('Step “Opening” moved to position 2 of 8.')).toBeInTheDocument();
    expect(within(steps()).getByRole('button', { name: 'Move “Opening”, step 2 of 8' })).toHaveFocus();
    await waitFor(async () =>
      expect((await stored('Short review'))?.steps.slice(0, 2).map((step) => step.title)).toEqual([
        'Event log',
        'Opening',
      ]),
    );
  });

  it('cancels a keyboard drag with Escape and stays in the view', async () => {
    const { user, stored } = await templatesView();
    within(steps())
      .getByRole('button', { name: /^Move “Opening”/ })
      .focus();
    await user.keyboard('[Space]');
    expect(await screen.findByText('Step “Opening” would move to position 1 of 8.')).toBeInTheDocument();
    // dnd-kit starts listening for the drag's keys in the task after the pick-up.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await user.keyboard('{Escape}');
    // The Escape is dnd-kit's (it cancels the drag): the view must not take it too.
    expect(
      await screen.findByText('Moving step “Opening” cancelled; it stays at position 1 of 8.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Agenda templates' })).toBeInTheDocument();
    expect((await stored('Short review'))?.steps[0]?.title).toBe('Opening');
  });

  it('deletes a template with undo, and goes back to the library with Escape', async () => {
    const { user, stored } = await templatesView();
    await user.click(screen.getByRole('button', { name: 'Delete template “Short review”' }));
    await screen.findByRole('list', { name: 'Steps of “Standard”' });
    expect(screen.getByRole('heading', { level: 1, name: 'Agenda templates' })).toHaveFocus();
    expect(await stored('Short review')).toBeUndefined();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await within(screen.getByRole('list', { name: 'Templates' })).findByRole('button', {
      name: /^Short review/,
    });
    expect(await stored('Short review')).toBeDefined();

    screen.getByRole('heading', { level: 1, name: 'Agenda templates' }).focus();
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    // Focus is back on the button that opened the view, not lost at the top of the page.
    expect(screen.getByRole('button', { name: 'Agenda templates' })).toHaveFocus();
  });
});

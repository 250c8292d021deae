import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Meeting, MeetingSummary } from '../../../../shared/types';
import { exampleBundlesDir, renderApp } from '../../../helpers/renderApp';
import { value } from '../../../helpers/testCore';

const list = () => screen.getByRole('list', { name: /Meetings/ });
const rowTitles = () =>
  within(list())
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.meeting-row__title')?.textContent);

async function withMeetings(titles: string[]) {
  const app = await renderApp();
  // Created oldest first, so the list (newest change first) shows them in reverse.
  for (const title of titles)
    await value<Meeting>(app.core, 'meetings.create', { title, incidentId: `INC-${title.length}` });
  await screen.findByRole('button', { name: titles.at(-1) });
  return app;
}

describe('MeetingsLibrary', () => {
  it('offers the examples, a new meeting and an import when the library is empty', async () => {
    const examplesDir = await exampleBundlesDir(['Checkout outage', 'Stale search index']);
    await renderApp({ core: { examplesDir } });
    expect(await screen.findByRole('heading', { name: 'Run a blameless postmortem' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /New meeting/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import bundle…' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Open example Checkout outage' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open example Stale search index' })).toBeInTheDocument();
  });

  it('creates a meeting from the form and shows it in the list', async () => {
    const { user, core } = await renderApp();
    await user.click(await screen.findByRole('button', { name: /New meeting/ }));
    const dialog = screen.getByRole('dialog', { name: 'New meeting' });
    await user.type(within(dialog).getByLabelText('Title'), 'Checkout outage');
    await user.type(within(dialog).getByLabelText(/Incident id/), 'INC-2041');
    await user.selectOptions(within(dialog).getByLabelText('Severity'), 'SEV-1');
    await user.click(within(dialog).getByRole('button', { name: 'Create meeting' }));

    // The new meeting opens on its Overview, ready to be filled in.
    expect(await screen.findByRole('heading', { level: 1, name: 'Checkout outage' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Created “Checkout outage”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Back to meetings/ }));
    const row = await screen.findByRole('button', { name: 'Checkout outage' });
    expect(row).toHaveAccessibleDescription(/INC-2041.*SEV-1 · critical.*Draft.*0 open action items/);
    const stored = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(stored.map((meeting) => meeting.severity)).toEqual(['SEV-1']);
  });

  it('reads incident times typed in 24-hour form in the chosen zone, and pasted ISO times as they are', async () => {
    const { user, core } = await renderApp();
    await user.click(await screen.findByRole('button', { name: /New meeting/ }));
    const dialog = screen.getByRole('dialog', { name: 'New meeting' });
    await user.type(within(dialog).getByLabelText('Title'), 'Late detection');
    await user.type(within(dialog).getByLabelText('Incident started'), '2017-01-31 18:00');
    await user.type(within(dialog).getByLabelText('Detected'), '2017-01-31T23:27:00Z');
    const zone = within(dialog).getByLabelText('Time zone');
    await user.clear(zone);
    await user.type(zone, 'Europe/Berlin');
    await user.click(within(dialog).getByRole('button', { name: 'Create meeting' }));
    await screen.findByRole('heading', { level: 1, name: 'Late detection' });
    const [summary] = await value<MeetingSummary[]>(core, 'meetings.list', {});
    const { meeting } = await value<{ meeting: Meeting }>(core, 'meetings.get', { id: summary!.id });
    expect(meeting.startedAt).toBe(Date.UTC(2017, 0, 31, 17, 0));
    expect(meeting.detectedAt).toBe(Date.UTC(2017, 0, 31, 23, 27));
    expect(meeting.timeZone).toBe('Europe/Berlin');
  });

  it('says beside the field why an incident time cannot be read, and creates nothing', async () => {
    const { user, core } = await renderApp();
    await user.click(await screen.findByRole('button', { name: /New meeting/ }));
    const dialog = screen.getByRole('dialog', { name: 'New meeting' });
    await user.type(within(dialog).getByLabelText('Title'), 'Garbled');
    await user.type(within(dialog).getByLabelText('Incident started'), '70131-02-01T18:00');
    await user.click(within(dialog).getByRole('button', { name: 'Create meeting' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Incident started')).toHaveAccessibleDescription(/is not a time/),
    );
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('shows the core’s issue beside Detected, keeps the dialog and its values, and creates nothing when detection precedes the start', async () => {
    const { user, core } = await renderApp();
    await user.click(await screen.findByRole('button', { name: /New meeting/ }));
    const dialog = screen.getByRole('dialog', { name: 'New meeting' });
    await user.type(within(dialog).getByLabelText('Title'), 'Time travel');
    await user.type(within(dialog).getByLabelText('Incident started'), '2026-03-05T10:00:00');
    await user.type(within(dialog).getByLabelText('Detected'), '2026-03-05T09:00:00');
    await user.click(within(dialog).getByRole('button', { name: 'Create meeting' }));

    const detected = await within(dialog).findByLabelText('Detected', {}, {});
    await waitFor(() =>
      expect(detected).toHaveAccessibleDescription('Detected: is before the incident start'),
    );
    expect(detected).toHaveAttribute('aria-invalid', 'true');
    expect(detected).toHaveFocus();
    expect(within(dialog).getByLabelText('Incident started')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('dialog', { name: 'New meeting' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Time travel');
    expect(detected).toHaveValue('2026-03-05T09:00:00');
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('closes the new-meeting dialog on Escape without creating anything', async () => {
    const { user, core } = await renderApp();
    await user.click(await screen.findByRole('button', { name: /New meeting/ }));
    await user.type(screen.getByLabelText('Title'), 'Abandoned');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await value(core, 'meetings.list', {})).toEqual([]);
  });

  it('filters the list by title or incident id as the person types', async () => {
    const { user } = await withMeetings(['Checkout outage', 'Stale search index', 'Payment retries']);
    await user.type(screen.getByLabelText('Search by title or incident id'), 'stale');
    await waitFor(() => expect(rowTitles()).toEqual(['Stale search index']));
    await user.clear(screen.getByLabelText('Search by title or incident id'));
    await user.type(screen.getByLabelText('Search by title or incident id'), 'INC-15');
    await waitFor(() => expect(rowTitles()).toEqual(['Payment retries', 'Checkout outage']));
    await user.type(screen.getByLabelText('Search by title or incident id'), '9');
    expect(await screen.findByText('No meetings match “INC-159”.')).toBeInTheDocument();
  });

  it('renames a meeting with F2 and saves the new title', async () => {
    const { user, core } = await withMeetings(['Checkout outage']);
    screen.getByRole('button', { name: 'Checkout outage' }).focus();
    await user.keyboard('{F2}');
    const dialog = screen.getByRole('dialog', { name: 'Rename “Checkout outage”' });
    const input = within(dialog).getByLabelText('New title');
    await user.clear(input);
    await user.type(input, 'Checkout outage, 5 March{Enter}');
    expect(await screen.findByRole('button', { name: 'Checkout outage, 5 March' })).toHaveFocus();
    const [stored] = await value<MeetingSummary[]>(core, 'meetings.list', {});
    expect(stored?.title).toBe('Checkout outage, 5 March');
  });

  it('keeps the rename dialog open with the core’s message when the title is empty', async () => {
    const { user } = await withMeetings(['Checkout outage']);
    await user.click(screen.getByRole('button', { name: 'Rename Checkout outage' }));
    const input = screen.getByLabelText('New title');
    await user.clear(input);
    // Only spaces: the browser's `required` lets it through; the core trims it and refuses it.
    await user.type(input, '   {Enter}');
    await waitFor(() => expect(input).toHaveAccessibleDescription(/^Title: /));
    expect(screen.getByRole('dialog', { name: 'Rename “Checkout outage”' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Checkout outage' })).toBeInTheDocument();
  });

  it('duplicates a meeting and selects the copy', async () => {
    const { user } = await withMeetings(['Checkout outage']);
    await user.click(screen.getByRole('button', { name: 'Duplicate Checkout outage' }));
    expect(await screen.findByRole('button', { name: 'Checkout outage (copy)' })).toHaveFocus();
    expect(rowTitles()).toEqual(['Checkout outage (copy)', 'Checkout outage']);
  });

  it('asks before deleting: cancel keeps the meeting, confirm removes it, Undo restores it', async () => {
    const { user, core } = await withMeetings(['Checkout outage', 'Stale search index']);
    screen.getByRole('button', { name: 'Checkout outage' }).focus();
    await user.keyboard('{Delete}');
    let dialog = screen.getByRole('alertdialog', { name: 'Delete “Checkout outage”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(rowTitles()).toEqual(['Stale search index', 'Checkout outage']);

    await user.click(screen.getByRole('button', { name: 'Delete Checkout outage' }));
    dialog = screen.getByRole('alertdialog', { name: 'Delete “Checkout outage”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete meeting' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Stale search index']));
    expect(screen.getByRole('button', { name: 'Stale search index' })).toHaveFocus();
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(1);

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Checkout outage', 'Stale search index']));
    expect(screen.getByRole('status')).toHaveTextContent('Restored “Checkout outage”.');
    expect(await value<MeetingSummary[]>(core, 'meetings.list', {})).toHaveLength(2);
  });
});

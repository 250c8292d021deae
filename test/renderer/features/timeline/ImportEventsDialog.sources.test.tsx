import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MeetingRecords } from '../../../../shared/types';
import { value } from '../../../helpers/testCore';
import { openImportDialog } from './openEventLog';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sources');

describe('ImportEventsDialog with a tool export', () => {
  it('detects a PagerDuty log, maps a person to a role, changes kinds in bulk, and never writes a name', async () => {
    const { user, dialog, storedEvents } = await openImportDialog();
    const json = fs.readFileSync(path.join(FIXTURES, 'pagerduty/log_entries.json'), 'utf8');
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste(json);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'PagerDuty incident log (REST log_entries), 6 log entries → 5 events to import, 1 left out.',
    );
    expect(within(dialog).getByLabelText('Read as')).toHaveValue('pagerduty');
    await user.type(within(dialog).getByLabelText('Role or team of Dana Kim'), 'Database on-call');
    const kinds = within(dialog).getByRole('group', { name: 'Change kinds' });
    await user.selectOptions(within(kinds).getByLabelText('Change every'), 'Mitigation attempt');
    await user.selectOptions(within(kinds).getByLabelText('row to'), 'Mitigation');
    await user.click(within(kinds).getByRole('button', { name: 'Change' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 5 events' }));
    await screen.findByText('Imported 5 events (1 left out).');
    const stored = await storedEvents();
    expect(stored.map((event) => [event.kind, event.actor])).toEqual([
      ['alert', ''],
      ['detection', 'Database on-call'],
      ['escalation', ''],
      ['mitigation', ''],
      ['recovery', ''],
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/Sami Okafor|Lee Park/);
  });

  it("reads a channel's day files chosen together as one channel export, not as several sources", async () => {
    const { user, dialog, storedEvents } = await openImportDialog();
    const day = (name: string) =>
      new File([fs.readFileSync(path.join(FIXTURES, 'slack-workspace/inc-2041-orders-db', name))], name);
    await user.upload(within(dialog).getByLabelText('Export files to import'), [day('2025-10-26.json'), day('2025-10-25.json')]);
    const status = await within(dialog).findByText(/Slack channel export/, { selector: '[role="status"]' });
    expect(status).toHaveTextContent('Slack channel export, 13 messages → 7 events to import, 2 left out.');
    expect(within(dialog).getByText('2025-10-25.json – 2025-10-26.json').parentElement).toHaveTextContent('(2 files)');
    // One source: no file column, and no row is another's twin.
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(within(preview).queryByRole('columnheader', { name: 'Source' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Import 7 events' }));
    await screen.findByText('Imported 7 events (2 left out).');
    expect((await storedEvents()).map((event) => event.description).at(-1)).toBe('PagerDuty: Resolved #2041: Orders DB replication lag > 300s');
  });

  it('says a PagerDuty list of incidents is not a timeline, what to export instead, and imports nothing', async () => {
    const { user, dialog, storedEvents } = await openImportDialog();
    const list = new File([fs.readFileSync(path.join(FIXTURES, 'pagerduty/incidents.csv'))], 'incidents.csv');
    await user.upload(within(dialog).getByLabelText('Export files to import'), list);
    const problems = await within(dialog).findByRole('list', { name: 'Rows that cannot be read' });
    expect(problems).toHaveTextContent(
      "This is a list of 2 PagerDuty incidents (one row per incident), not an incident's timeline. " +
        "Export the incident's log instead: its log_entries from the REST API, or the log CSV from the incident's page.",
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent('PagerDuty incident list, 2 incidents → 0 events to import; 1 problem.');
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    // Nothing to skip to: the whole file is the wrong one.
    expect(within(dialog).queryByLabelText(/Skip the rows that cannot be read/)).toBeNull();
    expect(await storedEvents()).toEqual([]);
  });

  it('offers the other readings, and reads the source again the way the person picks', async () => {
    const { user, dialog } = await openImportDialog();
    const csv = fs.readFileSync(path.join(FIXTURES, 'pagerduty/incident-log.csv'), 'utf8');
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste(csv);
    const readAs = within(dialog).getByLabelText('Read as');
    expect(readAs).toHaveValue('pagerduty-csv');
    expect(within(readAs).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(
      expect.arrayContaining(['pagerduty-csv', 'csv', 'text']),
    );
    await user.selectOptions(readAs, 'csv');
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^CSV with a header row, /);
    // Plain CSV names no people of its own: the mapping of PagerDuty's agents is gone with its reading.
    expect(within(dialog).queryByLabelText('Role or team of Dana Kim')).toBeNull();
  });

  it('offers the mapping remembered with the meeting on its next import of another source', async () => {
    const { user, dialog, core, meeting } = await openImportDialog();
    const json = fs.readFileSync(path.join(FIXTURES, 'pagerduty/log_entries.json'), 'utf8');
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste(json);
    await user.type(within(dialog).getByLabelText('Role or team of Dana Kim'), 'Database on-call');
    await user.click(within(dialog).getByRole('button', { name: 'Import 5 events' }));
    await screen.findByText('Imported 5 events (1 left out).');
    // Saved in the core's database with the events, not in this window.
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.importPeople.map((mapped) => [mapped.person, mapped.role])).toEqual([['Dana Kim', 'Database on-call']]);

    await user.click(screen.getByRole('button', { name: 'Import events…' }));
    const next = screen.getByRole('dialog', { name: 'Import events' });
    await user.click(within(next).getByLabelText('Paste the events'));
    await user.paste(fs.readFileSync(path.join(FIXTURES, 'chat/slack-copy.txt'), 'utf8'));
    expect(within(next).getByLabelText('Role or team of Dana Kim')).toHaveValue('Database on-call');
    expect(within(next).getByLabelText('Role or team of Sami Okafor')).toHaveValue('');
    const preview = within(next).getByRole('region', { name: 'Preview' });
    expect(within(preview).getAllByText('Database on-call').length).toBeGreaterThan(0);
  });

  it('shows the coach’s wording nudges on the rows to import, and imports them all the same', async () => {
    const { user, dialog, storedEvents } = await openImportDialog();
    await user.click(within(dialog).getByLabelText('Paste the events'));
    await user.paste('[09:31] dana: restarted the cache nodes\n[09:35] lee: Dana forgot to drain the node first\n');
    const nudges = within(dialog).getByRole('list', { name: 'Blameless wording of the rows to import' });
    expect(within(nudges).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Line 2: .?Dana forgot.? A person as the cause\. What allowed this to happen\?/),
      expect.stringMatching(/^Line 2: .?forgot to.? Hindsight\. Describe what happened/),
    ]);
    const row = within(dialog).getByLabelText('Import line 2').closest('tr')!;
    expect(row).toHaveTextContent('wording: A person as the cause, Hindsight');
    // Never a blocker: both rows import, the wording as it was written.
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 events' }));
    await screen.findByText('Imported 2 events.');
    expect((await storedEvents()).map((event) => event.description)).toEqual([
      'restarted the cache nodes',
      'Dana forgot to drain the node first',
    ]);
  });
});

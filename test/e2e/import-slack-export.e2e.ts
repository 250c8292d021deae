import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting, MeetingRecords } from '../../shared/types';
import { openRaw } from '../helpers/sqliteFixtures';
import { tempDbPath } from '../helpers/tempDb';
import { value } from '../helpers/testCore';
import { FIXTURES, slackWorkspaceZip } from '../shared/domain/timeline/sources/fixtures';
import { startApp, type AppUnderTest } from './harness/startApp';
import { screenshot } from './harness/screenshots';

let app: AppUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Drops files on the event log as a person's file manager hands them over: Files in a drag's DataTransfer. */
async function dropFiles(page: Page, files: { name: string; type: string; bytes: Uint8Array }[]) {
  const dataTransfer = await page.evaluateHandle((given) => {
    const transfer = new DataTransfer();
    for (const file of given) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
    return transfer;
  }, files.map((file) => ({ ...file, bytes: Array.from(file.bytes) })));
  const eventLog = page.locator('.event-log');
  await eventLog.dispatchEvent('dragover', { dataTransfer });
  await eventLog.dispatchEvent('drop', { dataTransfer });
}

/** The app (on `dbPath`, if given) open on the event log of a new meeting in Berlin. */
async function openOrdersEventLog(dbPath?: string) {
  const started = await startApp(dbPath ? { dbPath } : {});
  app = started;
  const meeting = await value<Meeting>(started.core, 'meetings.create', {
    title: 'Orders DB replication lag',
    timeZone: 'Europe/Berlin',
  });
  const page = await started.openWindow();
  await page.getByRole('button', { name: meeting.title, exact: true }).click();
  await page.getByRole('tab', { name: 'Event log' }).click();
  return { core: started.core, errors: started.errors, meeting, page };
}

describe('importing a Slack export in Chromium', () => {
  it('drops a workspace zip on the event log, maps two people to roles, and imports without a name as actor', async () => {
    const dbPath = tempDbPath();
    const { errors, meeting, page } = await openOrdersEventLog(dbPath);

    await dropFiles(page, [{ name: 'Hindsight Slack export.zip', type: 'application/zip', bytes: slackWorkspaceZip() }]);

    const dialog = page.getByRole('dialog');
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('Slack workspace export, #inc-2041-orders-db, 13 messages → 7 events');
    expect(await dialog.getByLabel('Read as').inputValue()).toBe('slack:inc-2041-orders-db');
    await dialog.getByLabel('Role or team of Dana Kim').fill('Database on-call');
    await dialog.getByLabel('Role or team of Sami Okafor').fill('Storage on-call');
    // Sami's reply is chatter, left out by default: kept by hand, it carries the role.
    await dialog.getByLabel('Import message 7').check();
    await screenshot(page, 'import-slack-export');
    await dialog.getByRole('table').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-slack-export-rows');

    await dialog.getByRole('button', { name: 'Import 8 events' }).click();
    await page.getByText('Imported 8 events').waitFor();
    // What is on disk, read from the SQLite file itself.
    const db = openRaw(dbPath);
    const rows = db
      .prepare('SELECT description, actor FROM timeline_events WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY at')
      .all(meeting.id) as { description: string; actor: string }[];
    db.close();
    const actorOf = (start: string) => rows.find((row) => row.description.startsWith(start))?.actor;
    expect(rows).toHaveLength(8);
    expect(actorOf('@Sami Okafor can you page')).toBe('Database on-call');
    expect(actorOf('(in thread) on it')).toBe('Storage on-call');
    // Lee Park was left unmapped: Lee's two rows have no actor, and the name is written nowhere as one.
    expect([actorOf('Decision: we fail over'), actorOf('failover done')]).toEqual(['', '']);
    expect(new Set(rows.map((row) => row.actor))).toEqual(new Set(['', 'Database on-call', 'Storage on-call']));
    expect(errors).toEqual([]);
  });

  it('drops the Slack export and the PagerDuty log at once, previews them together, and stores one row per fact', async () => {
    const dbPath = tempDbPath();
    const { core, errors, meeting, page } = await openOrdersEventLog(dbPath);
    await dropFiles(page, [
      { name: 'Hindsight Slack export.zip', type: 'application/zip', bytes: slackWorkspaceZip() },
      { name: 'log_entries.json', type: 'application/json', bytes: fs.readFileSync(path.join(FIXTURES, 'pagerduty/log_entries.json')) },
    ]);

    const dialog = page.getByRole('dialog');
    const status = dialog.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Slack workspace export, #inc-2041-orders-db, 13 messages + PagerDuty incident log (REST log_entries), ' +
          '6 log entries → 10 events to import, 5 left out.',
      );
    expect(await dialog.getByLabel('Read Hindsight Slack export.zip as').inputValue()).toBe('slack:inc-2041-orders-db');
    await dialog.getByLabel('Role or team of Dana Kim').fill('Database on-call');
    const twin = dialog.getByRole('row').filter({ hasText: 'which is kept' }).first();
    await twin.scrollIntoViewIfNeeded();
    // The left-out twin reads muted, but the button that keeps it is drawn as a live one.
    const keepInstead = twin.getByRole('button', { name: /^Keep row \d+ instead$/ });
    const shownOpacity = await keepInstead.evaluate((button) => {
      let opacity = 1;
      for (let node: Element | null = button; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
      return opacity;
    });
    expect(shownOpacity).toBe(1);
    await screenshot(page, 'import-several-files');
    await dialog.getByRole('button', { name: 'Import 10 events' }).click();
    await page.getByText('Imported 10 events (2 told by another file too, 3 left out).').waitFor();

    // What is on disk, read from the SQLite file itself.
    const db = openRaw(dbPath);
    const rows = db
      .prepare('SELECT at, description, actor, source FROM timeline_events WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY at, description')
      .all(meeting.id) as { at: number; description: string; actor: string; source: string }[];
    db.close();
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(['imported']));
    expect(rows.filter((row) => /Triggered|Resolved/.test(row.description)).map((row) => row.description)).toEqual([
      'PagerDuty: Triggered: #2041 Orders DB replication lag > 300s: Service: orders-db',
      'PagerDuty: Resolved #2041: Orders DB replication lag > 300s',
    ]);
    expect(rows.find((row) => row.description.startsWith('Acknowledged'))?.actor).toBe('Database on-call');
    // Nobody's name is an actor: Dana's role stands in for her, the unmapped have none.
    expect(new Set(rows.map((row) => row.actor))).toEqual(new Set(['', 'Database on-call']));
    const records = await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id });
    expect(records.importPeople.map((mapped) => mapped.person)).toEqual(['Dana Kim']);
    expect(errors).toEqual([]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openActionItems, storedTitles } from '../action-items/actionItemsTestApp';

// Issue #11, failure 5: a read-only file or a full disk has its own code and wording, and the
// window shows it where the person is working, keeps what was typed, and saves once it can.
const quickAdd = () => within(screen.getByRole('form', { name: 'Add an action item' })).getByRole('textbox');

/** The notice that carries exactly `message`, once the refused write has answered. */
const refusal = (message: string) => screen.findByText(message);

async function typeAndAdd(app: Awaited<ReturnType<typeof openActionItems>>, title: string) {
  await app.user.clear(quickAdd());
  await app.user.click(quickAdd());
  await app.user.paste(title);
  await app.user.keyboard('{Enter}');
}

describe('a write the database refuses, as the window shows it', () => {
  it('says the file is read-only and what to do, keeps the typed title, and saves after access returns', async () => {
    const app = await openActionItems();
    const db = app.core.session.store().db;
    // What a read-only file or folder does to every write; the tests run as root, so chmod would not.
    db.pragma('query_only = ON');
    await typeAndAdd(app, 'Alert on queue depth');

    const alert = await refusal(
      'The database file or its folder is read-only: nothing was saved. Give Hindsight write access to the file and its folder, or open another database.',
    );
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(quickAdd()).toHaveValue('Alert on queue depth');
    expect(await storedTitles(app.core, app.meeting.id)).toEqual([]);

    db.pragma('query_only = OFF');
    await app.user.type(quickAdd(), '{Enter}');
    await waitFor(() => expect(quickAdd()).toHaveValue(''));
    expect(await storedTitles(app.core, app.meeting.id)).toEqual(['Alert on queue depth']);
  });

  it('says the disk is full and keeps the typed title', async () => {
    const app = await openActionItems();
    const db = app.core.session.store().db;
    // A database that may not grow, its last pages taken by items the size of this one, is what
    // a full disk looks like to SQLite: the next such item finds no room.
    const title =
      `Page the database on-call when replication lag passes 30 s, ${'naming the replica and its lag, '.repeat(14)}`.slice(
        0,
        500,
      );
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 4}`);
    let refused: string | null = null;
    for (let filled = 0; filled < 200 && !refused; filled++) {
      const result = await app.core.call('actionItems.add', { meetingId: app.meeting.id, title });
      if (!result.ok) refused = result.error.code;
    }
    expect(refused).toBe('disk-full');
    const storedBefore = await storedTitles(app.core, app.meeting.id);
    await typeAndAdd(app, title);

    const alert = await refusal(
      'The disk is full: nothing was saved. Free some space on the disk, then try again.',
    );
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(quickAdd()).toHaveValue(title);
    expect(await storedTitles(app.core, app.meeting.id)).toEqual(storedBefore);
  });
});

import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { heldCalls } from '../../../helpers/heldCalls';
import { openStep } from './openStep';

// Issue #16: a question step's note paints before the core answers, as the quick-add does
// (renderer/store/pendingRecords.ts). The add's call is held back while the test looks.
async function questionWithHeldNotes() {
  const hold = heldCalls(['questionNotes.add']);
  const app = await openStep(5, 'Detect earlier', {}, { wrapApi: hold.wrap });
  const add = () => screen.getByRole('textbox', { name: 'Add note' });
  const stored = async () => (await app.records()).questionNotes.map((note) => note.text);
  return { ...app, hold, add, stored };
}

describe('a question note, before and after the core answers', () => {
  it('shows the note marked “Saving…” with the box empty before the answer, then saved in the same entry', async () => {
    const app = await questionWithHeldNotes();
    await app.user.type(app.add(), 'Alert fired late{Enter}');
    await app.user.type(app.add(), 'No synthetic check{Enter}');

    expect(screen.getByLabelText('Note 1')).toHaveValue('Alert fired late');
    expect(screen.getByLabelText('Note 2')).toHaveValue('No synthetic check');
    const entry = screen.getByLabelText('Note 1').closest('li')!;
    expect(within(entry).getByText('Saving…')).toBeInTheDocument();
    expect(entry).toHaveAttribute('aria-busy', 'true');
    expect(app.add()).toHaveValue('');
    expect(app.add()).toHaveFocus();
    expect(app.hold.held).toBe(2);
    expect(await app.stored()).toEqual([]);

    app.hold.release();
    await waitFor(() => expect(screen.queryByText('Saving…')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Note 1').closest('li')).toBe(entry);
    expect(entry).not.toHaveAttribute('aria-busy');
    expect(screen.getByLabelText('Note 2')).toHaveValue('No synthetic check');
    const notes = (await app.records()).questionNotes.sort((a, b) => a.position - b.position);
    expect(notes.map((note) => [note.text, note.question])).toEqual([
      ['Alert fired late', 'detect'],
      ['No synthetic check', 'detect'],
    ]);
  });

  it('takes a refused note away and gives its text back with the reason, before what was typed since', async () => {
    const app = await questionWithHeldNotes();
    await app.user.type(app.add(), 'Alert fired late{Enter}');
    expect(screen.getByLabelText('Note 1')).toHaveValue('Alert fired late');
    await app.user.type(app.add(), 'by ten minutes');
    // What a read-only file does to every write; the tests run as root, so chmod would not.
    app.core.session.store().db.pragma('query_only = ON');

    app.hold.release();
    expect(await screen.findByText(/read-only: nothing was saved/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Note 1')).not.toBeInTheDocument();
    expect(app.add()).toHaveValue('Alert fired late by ten minutes');
    expect(await app.stored()).toEqual([]);
  });
});

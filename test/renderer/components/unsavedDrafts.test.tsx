import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AutosaveField } from '../../../renderer/features/autosave/AutosaveField';
import { guardUnsavedDrafts } from '../../../renderer/components/unsavedDrafts';
import { inStore } from '../../helpers/inStore';
import { eventLog } from '../features/timeline/openEventLog';
import { openActionItems } from '../features/action-items/actionItemsTestApp';
import { openStep } from '../features/workspaces/openStep';

/** Whether the window refuses its unload now (what Electron turns into will-prevent-unload). */
function refusesUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

let stopGuard = () => {};
beforeEach(() => {
  stopGuard = guardUnsavedDrafts(window);
});
afterEach(() => stopGuard());

describe('the unsaved-text guard', () => {
  it('refuses to unload while a line is typed in the capture row, and lets go once it is saved', async () => {
    const { field, user, storedEvents } = await eventLog();
    expect(refusesUnload()).toBe(false);
    await user.type(field('Time'), '09:40');
    await user.type(field('What happened'), 'Paged the on-call');
    expect(refusesUnload()).toBe(true);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await storedEvents()).toHaveLength(1));
    // The actor kept for the next fact alone is no unsaved text.
    expect(refusesUnload()).toBe(false);
  });

  it('refuses to unload while an event is being edited with a change, not when it is only open', async () => {
    const { type, user } = await eventLog();
    await type('09:40', 'Paged the on-call');
    const table = await screen.findByRole('table', { name: 'Event log, in time order' });
    await user.click(await within(table).findByRole('button', { name: /^Edit the / }));
    const edit = await within(table).findByRole('form', { name: /^Edit the / });
    expect(refusesUnload()).toBe(false);
    await user.type(within(edit).getByLabelText('What happened'), ' twice');
    expect(refusesUnload()).toBe(true);
    await user.click(within(edit).getByRole('button', { name: 'Cancel' }));
    expect(refusesUnload()).toBe(false);
  });

  it('refuses to unload over a quick-add title or an action item’s field being edited', async () => {
    const { user } = await openActionItems([{ title: 'Cap retries at 3' }]);
    const quickAdd = screen.getByRole('textbox', { name: /New action item/ });
    await user.type(quickAdd, 'Alert on queue depth');
    expect(refusesUnload()).toBe(true);
    // Kept in the store, the text outlives its box: the window still asks from another tab.
    await user.click(screen.getByRole('tab', { name: 'Event log' }));
    expect(refusesUnload()).toBe(true);
    await user.click(screen.getByRole('tab', { name: 'Action items' }));
    await user.clear(screen.getByRole('textbox', { name: /New action item/ }));
    expect(refusesUnload()).toBe(false);
    const item = screen.getByRole('listitem', { name: /: Cap retries at 3$/ });
    await user.type(within(item).getByRole('textbox', { name: 'Owner' }), 'Payments');
    expect(refusesUnload()).toBe(true);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(refusesUnload()).toBe(false));
  });

  it('refuses to unload over a note typed and not yet added', async () => {
    const { user } = await openStep(5, 'Detect earlier');
    await user.type(screen.getByLabelText('Add note'), 'Alert fired late');
    expect(refusesUnload()).toBe(true);
    await user.keyboard('{Enter}');
    await screen.findByLabelText('Note 1');
    expect(refusesUnload()).toBe(false);
  });

  it('refuses to unload over a remark typed in the parking-lot box, even once its meeting is left', async () => {
    const { user } = await openStep(2, 'Event log');
    await user.keyboard('{Control>}{Shift>}P{/Shift}{/Control}');
    const box = await screen.findByRole('dialog', { name: 'Park a remark' });
    await user.type(within(box).getByRole('textbox'), 'Pager rota');
    expect(refusesUnload()).toBe(true);
    await user.click(screen.getByRole('button', { name: /Back to meetings/ }));
    await screen.findByRole('button', { name: 'Checkout outage' });
    expect(refusesUnload()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Checkout outage' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(refusesUnload()).toBe(false);
  });

  it('refuses to unload over text whose save was refused, not over text still saving', async () => {
    let refuse = true;
    const save = async () =>
      refuse
        ? { ok: false as const, error: { code: 'internal' as const, message: 'The disk is full' } }
        : { ok: true as const, value: null };
    render(<AutosaveField label="Summary" value="" save={save} />, { wrapper: (await inStore()).wrapper });
    const field = screen.getByLabelText('Summary');
    fireEvent.change(field, { target: { value: 'Do not lose me' } });
    // Pending: the unload's own flush sends it, so closing need not ask.
    expect(refusesUnload()).toBe(false);
    fireEvent.blur(field);
    await screen.findByRole('alert');
    expect(refusesUnload()).toBe(true);
    refuse = false;
    fireEvent.change(field, { target: { value: 'Do not lose me.' } });
    fireEvent.blur(field);
    await waitFor(() => expect(refusesUnload()).toBe(false));
  });
});

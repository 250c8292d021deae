import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Result } from '../../../../shared/contract/errors';
import type { Meeting, MeetingRecords } from '../../../../shared/types';
import { AutosaveField } from '../../../../renderer/features/autosave/AutosaveField';
import { inStore } from '../../../helpers/inStore';
import { value } from '../../../helpers/testCore';

/** A summary field of a real meeting, saved through the real bridge and core. */
async function summaryField(options: { hold?: boolean } = {}) {
  const { core, api, wrapper } = await inStore();
  const meeting = await value<Meeting>(core, 'meetings.create', { title: 'Checkout outage' });
  const calls: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  async function save(text: string): Promise<Result<unknown>> {
    calls.push(text);
    const result = await api['meetings.update']({ id: meeting.id, patch: { summary: text } });
    // Holding the answer back shows what the field says between the write and its answer.
    if (options.hold) await gate;
    return result;
  }
  const stored = async () =>
    (await value<MeetingRecords>(core, 'meetings.get', { id: meeting.id })).meeting.summary;
  const view = render(<AutosaveField label="Summary" value="" save={save} />, { wrapper });
  const field = screen.getByLabelText('Summary') as HTMLInputElement;
  return { ...view, field, calls, stored, release, save };
}

const status = () => screen.getByRole('status');

afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveField', () => {
  it('saves once, when typing has paused for the debounce', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { field, calls, stored } = await summaryField();
    fireEvent.change(field, { target: { value: 'D' } });
    fireEvent.change(field, { target: { value: 'DB' } });
    fireEvent.change(field, { target: { value: 'DB pool' } });
    act(() => vi.advanceTimersByTime(599));
    expect(calls).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    vi.useRealTimers();
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
    expect(calls).toEqual(['DB pool']);
    expect(await stored()).toBe('DB pool');
  });

  it('shows “Saved” only once the core has answered', async () => {
    const { field, release, stored } = await summaryField({ hold: true });
    fireEvent.change(field, { target: { value: 'Pool exhausted' } });
    fireEvent.blur(field);
    await waitFor(async () => expect(await stored()).toBe('Pool exhausted'));
    expect(status()).toHaveTextContent('Saving…');
    act(() => release());
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
  });

  it('saves what was typed when the field goes away before the debounce fires', async () => {
    const { field, unmount, stored, calls } = await summaryField();
    fireEvent.change(field, { target: { value: 'Typed, then the tab was switched' } });
    unmount();
    await waitFor(async () => expect(await stored()).toBe('Typed, then the tab was switched'));
    expect(calls).toHaveLength(1);
  });

  it('saves at once when the page is hidden or unloaded', async () => {
    const { field, stored } = await summaryField();
    fireEvent.change(field, { target: { value: 'Closed mid-edit' } });
    fireEvent(window, new Event('pagehide'));
    await waitFor(async () => expect(await stored()).toBe('Closed mid-edit'));
  });

  it('shows the error and keeps the text when the save is refused', async () => {
    // A typed fake for the one case a healthy core cannot produce on a plain text field.
    const save = vi.fn(async (): Promise<Result<unknown>> => ({
      ok: false,
      error: { code: 'internal', message: 'The disk is full' },
    }));
    render(<AutosaveField label="Summary" value="" save={save} />, { wrapper: (await inStore()).wrapper });
    const field = screen.getByLabelText('Summary');
    fireEvent.change(field, { target: { value: 'Do not lose me' } });
    fireEvent.blur(field);
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full');
    expect(field).toHaveValue('Do not lose me');
    expect(status()).toHaveTextContent('Not saved');
  });

  it('keeps the person’s typing when the records reload while they are in the field', async () => {
    const save = vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, value: null }));
    const { rerender } = render(<AutosaveField label="Summary" value="Old" save={save} />, {
      wrapper: (await inStore()).wrapper,
    });
    const field = screen.getByLabelText('Summary');
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'Mine' } });
    rerender(<AutosaveField label="Summary" value="From the other window" save={save} />);
    expect(field).toHaveValue('Mine');
    fireEvent.blur(field);
    await waitFor(() => expect(save).toHaveBeenCalledWith('Mine'));
    await waitFor(() => expect(status()).toHaveTextContent('Saved'));
    // Once saved and left, a later committed change from elsewhere shows.
    rerender(<AutosaveField label="Summary" value="Edited elsewhere" save={save} />);
    expect(field).toHaveValue('Edited elsewhere');
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { saveOnEnter, saveOnSubmit } from '../../../renderer/components/captureSubmit';

function captureForm() {
  const save = vi.fn();
  render(
    <form
      aria-label="Capture"
      onSubmit={(event) => saveOnSubmit(event, save)}
      onKeyDown={(event) => saveOnEnter(event, save)}
    >
      <input aria-label="What" />
      <input aria-label="Done" type="checkbox" />
      <button type="button">Pick</button>
      <button type="submit">Add</button>
    </form>,
  );
  return { save, user: userEvent.setup() };
}

describe('saveOnSubmit and saveOnEnter', () => {
  it('saves once for Enter in a text field, in the keydown, with no submit after it', async () => {
    const { save, user } = captureForm();
    const submitted = vi.fn();
    screen.getByRole('form', { name: 'Capture' }).addEventListener('submit', submitted);
    await user.type(screen.getByLabelText('What'), 'Alert fired{Enter}');
    expect(save).toHaveBeenCalledTimes(1);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('saves for a click on the submit button', async () => {
    const { save, user } = captureForm();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('leaves Enter with a modifier, while composing, or on a button or a box to the browser', () => {
    const { save } = captureForm();
    const what = screen.getByLabelText('What');
    // fireEvent returns whether the default action may run: the browser's own Enter.
    expect(fireEvent.keyDown(what, { key: 'Enter', shiftKey: true })).toBe(true);
    expect(fireEvent.keyDown(what, { key: 'Enter', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(what, { key: 'Enter', isComposing: true })).toBe(true);
    expect(fireEvent.keyDown(screen.getByRole('button', { name: 'Pick' }), { key: 'Enter' })).toBe(true);
    expect(fireEvent.keyDown(screen.getByLabelText('Done'), { key: 'Enter' })).toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(fireEvent.keyDown(what, { key: 'Enter' })).toBe(false);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('leaves an Enter that a field inside the form already handled', () => {
    const save = vi.fn();
    render(
      <form onKeyDown={(event) => saveOnEnter(event, save)}>
        <input aria-label="Time" onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()} />
      </form>,
    );
    fireEvent.keyDown(screen.getByLabelText('Time'), { key: 'Enter' });
    expect(save).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WindowedList } from '../../../renderer/components/WindowedList';

/** A list of text boxes, windowed from three items on. */
function List({ items }: { items: readonly string[] }) {
  return (
    <WindowedList
      items={items}
      keyOf={(item) => item}
      windowFrom={3}
      estimate={40}
      className="test-list"
      aria-label="Items"
      renderItem={(item, index, measure) => (
        <li key={item} data-index={index} ref={measure}>
          <input aria-label={item} defaultValue={item} />
        </li>
      )}
    />
  );
}

describe('WindowedList', () => {
  it('keeps the rows, and what is typed in them, when the list grows long enough to window', async () => {
    const user = userEvent.setup();
    const view = render(<List items={['first', 'second']} />);
    const field = screen.getByLabelText('first');
    await user.type(field, ' edited');
    expect(document.querySelector('.windowed-list__scroller')).toBeNull();
    view.rerender(<List items={['first', 'second', 'third']} />);
    expect(document.querySelector('.windowed-list__scroller')).not.toBeNull();
    expect(screen.getByLabelText('first')).toBe(field);
    expect(field).toHaveValue('first edited');
    expect(field).toHaveFocus();
  });
});

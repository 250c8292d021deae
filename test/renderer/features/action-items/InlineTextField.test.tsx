import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { InlineTextField } from '../../../../renderer/features/action-items/InlineTextField';

/**
 * A field whose saves finish only when the test says so: the one situation the real core
 * cannot be made to produce on demand is a save still in flight while the person types on.
 */
interface PendingSave {
  text: string;
  finish(): void;
}

function SlowlySavedField({ pending }: { pending: PendingSave[] }) {
  const [saved, setSaved] = useState('');
  return (
    <>
      <InlineTextField
        label="Owner"
        value={saved}
        onCommit={(text) =>
          new Promise<boolean>((resolve) =>
            pending.push({
              text,
              finish: () => {
                setSaved(text);
                resolve(true);
              },
            }),
          )
        }
      />
      <output aria-label="saved">{saved}</output>
    </>
  );
}

describe('InlineTextField', () => {
  it('keeps what is typed while a save is in flight and saves it once the first save is done', async () => {
    const user = userEvent.setup();
    const pending: PendingSave[] = [];
    render(<SlowlySavedField pending={pending} />);
    const field = screen.getByLabelText('Owner');
    await user.type(field, 'SRE{Enter}');
    await user.type(field, ' team');
    await user.tab();
    // Enter started one save; the blur during it must not start a second one of the same text.
    expect(pending.map((save) => save.text)).toEqual(['SRE']);

    pending[0]!.finish();
    await screen.findByText('SRE', { selector: 'output' });
    expect(field).toHaveValue('SRE team');
    await vi.waitFor(() => expect(pending.map((save) => save.text)).toEqual(['SRE', 'SRE team']));
    pending[1]!.finish();
    await screen.findByText('SRE team', { selector: 'output' });
    expect(field).toHaveValue('SRE team');
  });
});

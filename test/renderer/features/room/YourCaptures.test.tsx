import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { YourCaptures } from '../../../../renderer/features/room/YourCaptures';
import { emptyMeeting, exampleRecords } from '../../../helpers/exampleRecords';

// Issue #14: the coach's nudges reach the note-taker's own captures too, on what was saved or
// waits to be sent, never blocking; "this is fine here" stays the facilitator's.
describe('a note-taker’s captures', () => {
  it('carry the coach’s nudges under a blaming capture, sent or waiting, and none under a fact', () => {
    const records = emptyMeeting();
    records.participants = exampleRecords('firmware-packet-drop').participants.slice(0, 1);
    const name = records.participants[0]!.name.split(' ')[0]!;
    const sent = {
      ...exampleRecords('firmware-packet-drop').timeline[0]!,
      id: 'sent-1',
      description: `${name} forgot to check which host he was on, which was human error`,
      deletedAt: null,
    };
    records.timeline = [sent];
    render(
      <YourCaptures
        records={records}
        waiting={
          [
            {
              id: 'wait-1',
              method: 'parkingLot.add',
              input: { text: 'The failover runbook is two years old' },
            },
            { id: 'wait-2', method: 'actionItems.add', input: { title: 'Sloppy config review must stop' } },
          ] as never
        }
        refused={[]}
        mine={['sent-1', 'wait-1', 'wait-2']}
        onEdit={() => null}
        onDiscard={() => undefined}
      />,
    );
    const [judged, fact, blamed] = screen
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('note-taker__mine-row'));
    expect(within(blamed!).getByRole('list', { name: 'Blameless wording' })).toHaveTextContent(
      /“Human error” as a conclusion/,
    );
    expect(within(blamed!).getByRole('list', { name: 'Blameless wording' })).toHaveTextContent(/forgot to/);
    expect(within(judged!).getByRole('list', { name: 'Blameless wording' })).toHaveTextContent(/Sloppy/);
    expect(within(fact!).queryByRole('list', { name: 'Blameless wording' })).toBeNull();
    expect(screen.queryByRole('button', { name: /fine here/ })).toBeNull();
  });
});

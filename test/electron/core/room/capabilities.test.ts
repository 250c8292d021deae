import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../../shared/contract';
import { CAPTURE_METHODS } from '../../../../shared/contract/join';
import { NOTE_TAKER_METHODS } from '../../../../electron/core/room/capabilities';

describe('the note-taker’s allowlist', () => {
  it('is reading the meeting and adding or editing the capture kinds, nothing more, all contract methods', () => {
    // Written out on purpose: a kind added to CAPTURE_KINDS widens what a room lets in.
    expect([...NOTE_TAKER_METHODS].sort()).toEqual(
      [
        'meetings.get',
        'timeline.add',
        'timeline.update',
        'actionItems.add',
        'actionItems.update',
        'parkingLot.add',
        'parkingLot.update',
        'questionNotes.add',
        'questionNotes.update',
      ].sort(),
    );
    expect(NOTE_TAKER_METHODS.every((name) => (methodNames as readonly string[]).includes(name))).toBe(true);
    expect(CAPTURE_METHODS.every((name) => NOTE_TAKER_METHODS.includes(name))).toBe(true);
  });
});

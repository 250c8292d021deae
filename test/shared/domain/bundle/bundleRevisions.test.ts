import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../shared/domain/bundle/bundleText';
import { bundleText } from '../../../helpers/bundleFactory';

type Edit = Parameters<typeof bundleText>[0];

const parsed = (edit: Edit) => parseBundle(bundleText(edit));

describe('a bundle’s meeting revisions (issue #15)', () => {
  it('reads each field’s revision as a time, and none for a bundle written before them', () => {
    const revised = parsed((bundle) => (bundle.meeting.revisions = { summary: '2026-03-05T10:00:00.000Z' }));
    expect(revised.ok && revised.bundle.meeting.revisions).toEqual({ summary: Date.UTC(2026, 2, 5, 10) });
    const old = parsed((bundle) => delete (bundle.meeting as Partial<typeof bundle.meeting>).revisions);
    expect(old.ok && old.bundle.meeting.revisions).toEqual({});
  });

  it('refuses a revision that is no time, or names no field of the meeting, at its path', () => {
    const outcome = parsed(
      (bundle) => (bundle.meeting.revisions = { summary: 'yesterday', colour: '2026-03-05T10:00:00.000Z' }),
    );
    expect(outcome).toEqual({
      ok: false,
      issues: [
        { path: 'meeting.revisions.summary', message: expect.stringMatching(/^not a date/) },
        { path: 'meeting.revisions', message: 'Unrecognized key: "colour"' },
      ],
    });
  });
});

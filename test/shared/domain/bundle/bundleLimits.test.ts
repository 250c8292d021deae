import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../shared/domain/bundle/bundleText';
import { BUNDLE_LIST_LIMITS, BUNDLE_MAX_CHARS } from '../../../../shared/domain/bundle/bundleSchema';
import { MAX_LISTED_ISSUES } from '../../../../shared/contract/errors';
import { bundleText } from '../../../helpers/bundleFactory';

function issuesOf(text: string) {
  const parsed = parseBundle(text);
  if (parsed.ok) throw new Error('expected the bundle to be refused');
  return parsed.issues;
}

// Issue 11 point 1: a 3 MB bundle of a million empty events made validation collect ~13 million
// issues and the process die of "heap out of memory".
describe('parseBundle on hostile sizes', () => {
  it('refuses a list longer than its limit by counting, with one issue', () => {
    const issues = issuesOf(
      bundleText((bundle) => (bundle.timeline = Array.from({ length: 1_000_000 }, () => ({})))),
    );
    expect(issues).toEqual([
      { path: 'timeline', message: 'more than 200,000 records, the most a bundle may hold' },
    ]);
  });

  it('stops after 100 problems and says where and how many records were not checked', () => {
    const issues = issuesOf(
      bundleText((bundle) => (bundle.timeline = Array.from({ length: 20_000 }, () => ({})))),
    );
    expect(issues).toHaveLength(MAX_LISTED_ISSUES + 1);
    expect(issues[0]).toEqual({ path: 'timeline[0].id', message: 'not a UUID' });
    // An empty event has 13 problems, so the 100th is in timeline[7]; after it come 19,992 events
    // and the 8 records of the fields after the timeline.
    expect(issues.at(-1)).toEqual({
      path: '',
      message: 'checking stopped after 100 problems, at timeline[7]; 20,000 more records were not checked',
    });
  });

  it('lists every problem of a bundle that has fewer than the cap', () => {
    const issues = issuesOf(bundleText((bundle) => (bundle.timeline = [{}])));
    expect(issues.length).toBeLessThan(MAX_LISTED_ISSUES);
    expect(issues.every((issue) => issue.path.startsWith('timeline[0].'))).toBe(true);
  });

  it('accepts a list at its limit of records', () => {
    const text = bundleText((bundle) => {
      const [first] = bundle.questionNotes;
      bundle.questionNotes = Array.from({ length: BUNDLE_LIST_LIMITS.questionNotes }, (_, n) => ({
        ...first!,
        id: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
      }));
    });
    expect(parseBundle(text).ok).toBe(true);
  });

  it('refuses a text larger than the most a bundle may hold without parsing it', () => {
    const huge = ' '.repeat(BUNDLE_MAX_CHARS + 1);
    expect(issuesOf(huge)).toEqual([
      { path: '', message: 'too large for a meeting bundle (129 MB; the most is 128 MB)' },
    ]);
  });
});

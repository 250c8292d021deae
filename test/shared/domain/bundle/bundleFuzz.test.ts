import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBundle, serializeBundle, bundleRecordsOf } from '../../../../shared/domain/bundle/bundleText';
import { MAX_LISTED_ISSUES } from '../../../../shared/contract/errors';
import { bundleJson } from '../../../helpers/bundleFactory';

/**
 * A few hundred cases in `npm test`; `npm run fuzz` sets HINDSIGHT_FUZZ_RUNS for a long run (the
 * torture run of issue #11 fed 10,000 fuzzed bundles to the parser).
 */
const RUNS = Number(process.env.HINDSIGHT_FUZZ_RUNS ?? 300);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in the valid bundle a value sits at, down to the fields of its records. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value)
    ? value.map((child, index) => pathsOf(child, [...prefix, index]))
    : Object.entries(value).map(([key, child]) => pathsOf(child, [...prefix, key]));
  return [prefix, ...children.flat()];
}

function withValueAt(bundle: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  // An earlier change replaced the whole bundle (by a string, say): this change has no place.
  if (bundle === null || typeof bundle !== 'object') return bundle;
  const copy = structuredClone(bundle) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) {
    const child = parent[key];
    // An earlier change replaced a value on the way (a list by a number): this change has no place.
    if (child === null || typeof child !== 'object') return bundle;
    parent = child as Record<string | number, Json>;
  }
  parent[path.at(-1)!] = value;
  return copy;
}

const base = bundleJson() as unknown as Json;
const places = pathsOf(base);

/** The valid bundle with one to three of its values (a field, a record, a list, the whole) replaced. */
const damagedBundle = fc
  .array(
    fc.record({
      path: fc.constantFrom(...places),
      value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((changes) => changes.reduce((bundle, change) => withValueAt(bundle, change.path, change.value), base));

/** Checks that a parse answered, and answered sensibly, whatever it was given. */
function expectAnswered(text: string): void {
  const parsed = parseBundle(text);
  if (parsed.ok) {
    // Whatever passed validation writes back out as a bundle that reads the same.
    const records = bundleRecordsOf(parsed.bundle);
    const again = parseBundle(serializeBundle(records));
    expect(again.ok && bundleRecordsOf(again.bundle)).toEqual(records);
    return;
  }
  expect(parsed.issues.length).toBeGreaterThan(0);
  expect(parsed.issues.length).toBeLessThanOrEqual(MAX_LISTED_ISSUES + 1);
  for (const issue of parsed.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.trim()).not.toBe('');
  }
}

describe('parseBundle under fuzzed input (issue #11)', () => {
  it('answers every damaged bundle with a verdict: valid and round-tripping, or at most 101 issues', () => {
    fc.assert(
      fc.property(damagedBundle, (bundle) => expectAnswered(JSON.stringify(bundle))),
      { numRuns: RUNS },
    );
  });

  it('answers any text at all, JSON or not, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json({ maxDepth: 4 })), (text) =>
        expectAnswered(text),
      ),
      { numRuns: RUNS },
    );
  });
});

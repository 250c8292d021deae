import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from '../../../shared/contract';
import {
  compileCheck,
  MAX_INPUT_DEPTH,
  parseCallInput,
  UNSURE,
  type Check,
} from '../../../electron/core/callInput';

const MEETING = '3f1c2a4e-8b9d-4c1e-9f2a-1b2c3d4e5f60';
const T = Date.UTC(2026, 2, 5, 9, 0);

/** A small seeded generator, so a failing case comes back the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number } } }[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values near every edge the schema's parts have, valid or not, and some of another type. */
function sample(schema: z.ZodType, next: () => number): unknown {
  const def = defOf(schema);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const junk = () => pick<unknown>([undefined, null, 0, '', [], {}, 'nope', -1, true]);
  if (next() < 0.08) return junk();
  switch (def.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape!))
        if (next() < 0.9) value[key] = sample(field, next);
      if (next() < 0.1) value.unknownKey = 'dropped';
      return value;
    }
    case 'optional':
    case 'nonoptional':
      return next() < 0.1 ? undefined : sample(def.innerType!, next);
    case 'nullable':
      return next() < 0.2 ? null : sample(def.innerType!, next);
    case 'enum':
      return next() < 0.9 ? pick(Object.values(def.entries!)) : 'not-a-value';
    case 'boolean':
      return next() < 0.5;
    case 'number':
      return pick([0, 1, 7, T, -1, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 1, NaN, Infinity, -0]);
    case 'string': {
      if (def.format === 'date')
        return pick(['2026-03-05', '2024-02-29', '2026-02-29', '2026-13-01', 'Friday', '']);
      if (def.format === 'uuid')
        return pick([MEETING, MEETING.toUpperCase(), `${MEETING}x`, 'not-a-uuid', '']);
      const lengths = (def.checks ?? []).flatMap(({ _zod }) => [_zod.def.maximum, _zod.def.minimum]);
      const limit = lengths.find((length) => length !== undefined && length > 1) ?? 10;
      return pick([
        '',
        'Checkout outage',
        '\u202e',
        `ab\u202ecd`,
        `queue \ud83d`,
        '\ud83d\ude00',
        'x'.repeat(limit),
        'x'.repeat(limit + 1),
        `${'x'.repeat(limit)}\u2066`,
      ]);
    }
    default:
      return junk();
  }
}

/** The compiled check gives zod's answer, or UNSURE; it never vouches for what zod refuses. */
function expectAgreement(schema: z.ZodType, check: Check, input: unknown) {
  const compiled = check(input);
  if (compiled === UNSURE) return false;
  const parsed = schema.safeParse(input);
  expect(parsed.success, JSON.stringify(input)).toBe(true);
  expect(compiled).toStrictEqual(parsed.data);
  if (compiled && typeof compiled === 'object')
    expect(Object.keys(compiled)).toEqual(Object.keys(parsed.data!));
  return true;
}

describe('compileCheck', () => {
  it('agrees with zod on every method it compiles, over inputs near every edge', () => {
    const next = random(16);
    const compiled = methodNames.flatMap((name) => {
      const check = compileCheck(contract[name].input);
      return check ? [[name, check] as const] : [];
    });
    // The record adds and updates and the step commands are among them: the writes people make most.
    expect(compiled.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'timeline.add',
        'timeline.update',
        'actionItems.add',
        'actionItems.update',
        'agenda.next',
      ]),
    );
    let vouched = 0;
    for (const [name, check] of compiled) {
      for (let round = 0; round < 300; round += 1) {
        if (expectAgreement(contract[name].input, check, sample(contract[name].input, next))) vouched += 1;
      }
    }
    expect(vouched).toBeGreaterThan(compiled.length * 10);
  });

  it('vouches for an event as the capture row sends it, its text normalised as zod does', () => {
    const schema = contract['timeline.add'].input;
    const check = compileCheck(schema)!;
    const input = { meetingId: MEETING, at: T, description: `Rollback \ud83d\u202edone`, kind: 'mitigation' };
    expect(expectAgreement(schema, check, input)).toBe(true);
    expect(check(input)).toEqual({
      at: T,
      kind: 'mitigation',
      description: 'Rollback \ufffddone',
      meetingId: MEETING,
    });
  });

  it('leaves to zod what it cannot vouch for', () => {
    const check = compileCheck(contract['timeline.add'].input)!;
    const valid = { meetingId: MEETING, at: T, description: 'Paged' };
    for (const input of [
      { ...valid, description: '\u202e' }, // empty once normalised: the minimum counts after the overwrite
      { ...valid, description: 'x'.repeat(5_001) },
      { ...valid, at: 1.5 },
      { ...valid, at: -1 },
      { ...valid, at: Number.MAX_SAFE_INTEGER + 1 },
      { ...valid, at: Infinity },
      { ...valid, meetingId: 'not-a-uuid' },
      { ...valid, kind: 'nope' },
      { ...valid, kind: null },
      { ...valid, actor: undefined },
      { meetingId: MEETING, at: T },
      [valid],
      null,
    ]) {
      expect(check(input), JSON.stringify(input)).toBe(UNSURE);
    }
  });

  it('runs a refinement on the parsed object as zod does: an empty patch is zod’s to refuse', () => {
    const check = compileCheck(contract['timeline.update'].input)!;
    expect(check({ id: MEETING, patch: {} })).toBe(UNSURE);
    expect(check({ id: MEETING, patch: { unknownKey: 1 } })).toBe(UNSURE);
    expect(check({ id: MEETING, patch: { at: T } })).toEqual({ id: MEETING, patch: { at: T } });
  });

  it('takes numbers and text as zod does: finite numbers, limits in UTF-16 units', () => {
    const number = compileCheck(z.number().nonnegative())!;
    for (const value of [NaN, Infinity, -Infinity, -1, '1']) expect(number(value)).toBe(UNSURE);
    expect(number(0.5)).toBe(0.5);
    const text = compileCheck(z.string().max(2))!;
    expect(text('\ud83d\ude00')).toBe('\ud83d\ude00');
    expect(text('\ud83d\ude00!')).toBe(UNSURE);
  });

  it('compiles no schema with a part it does not know', () => {
    for (const schema of [
      z.object({ list: z.array(z.string()) }),
      z.object({ when: z.string().default('now') }),
      z.object({ either: z.union([z.string(), z.number()]) }),
      z.object({ a: z.string() }).superRefine(() => undefined),
      z.object({ a: z.string() }).refine(() => true, { when: () => true }),
      z.object({ a: z.string() }).strict(),
      z.object({ at: z.iso.datetime() }),
      z.object({ even: z.number().multipleOf(2) }),
      z.object({ trimmed: z.string().transform((text) => text.trim()) }),
    ]) {
      expect(compileCheck(schema)).toBeNull();
    }
    enum Level {
      Low,
      High,
    }
    expect(compileCheck(z.enum(Level))).toBeNull();
  });
});

describe('parseCallInput', () => {
  it('answers zod’s issues for an input the compiled check leaves to it', () => {
    const parsed = parseCallInput('timeline.add', { meetingId: MEETING, at: T, description: '\u202e' });
    expect(parsed.success).toBe(false);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path)).toEqual([['description']]);
  });

  it('drops keys holding undefined before zod parses, as JSON would', () => {
    const parsed = parseCallInput('timeline.add', {
      meetingId: MEETING,
      at: T,
      description: 'Paged',
      actor: undefined,
    });
    expect(parsed).toEqual({ success: true, data: { at: T, description: 'Paged', meetingId: MEETING } });
    expect(Object.keys(parsed.success ? (parsed.data as object) : {})).not.toContain('actor');
  });

  it('parses a method its check does not cover with zod alone', () => {
    expect(compileCheck(contract['meetings.update'].input)).toBeNull();
    const parsed = parseCallInput('meetings.update', {
      id: MEETING,
      patch: { affectedServices: ['api \u202e'] },
    });
    expect(parsed).toEqual({ success: true, data: { id: MEETING, patch: { affectedServices: ['api '] } } });
  });

  it('refuses an input nested deeper than any method takes, before anything walks it', () => {
    let description: unknown = 'x';
    for (let depth = 0; depth < 100_000; depth += 1) description = [description];
    const parsed = parseCallInput('timeline.add', { meetingId: MEETING, at: T, description });
    expect(parsed.success).toBe(false);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([
      expect.objectContaining({
        path: ['description', 0, 0],
        message: `nests deeper than ${MAX_INPUT_DEPTH} levels`,
      }),
    ]);
  });
});

import { z } from 'zod';
import { contract, type MethodName } from '../../shared/contract';

/**
 * No method's input nests anywhere near this deep (a bundle's records, the deepest, about six
 * levels). A deeper input is refused before anything walks it: a room client's 10 KB frame of
 * 5,000 nested arrays overflowed the stack of the walk below, and the call threw instead of
 * answering.
 */
export const MAX_INPUT_DEPTH = 64;

/**
 * How a call's raw input becomes its handler's input: the method's contract schema decides,
 * always. zod's safeParse is most of a core write's own work once fsync has left the CPU cold
 * (~15 µs of a ~0.2 ms write, issue 16), so each schema is also compiled once into a check of the
 * same rules (`compileCheck`) that vouches for the common, valid input; whatever it cannot vouch
 * for, every invalid input included, goes to zod, whose answer and issues are the call's.
 */
export function parseCallInput(
  name: MethodName,
  raw: unknown,
): { success: true; data: unknown } | z.ZodSafeParseError<unknown> {
  let check = checks.get(name);
  if (check === undefined) checks.set(name, (check = compileCheck(contract[name].input)));
  if (check) {
    const value = check(raw);
    if (value !== UNSURE) return { success: true, data: value };
  }
  let cleaned: unknown;
  try {
    cleaned = withoutUndefined(raw, 0);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    const message = `nests deeper than ${MAX_INPUT_DEPTH} levels`;
    // Where it went too deep: its first steps name the field, the rest would only repeat `[0]`.
    const path = error.path.slice(0, 3);
    return { success: false, error: new z.ZodError([{ code: 'custom', path, message }]) };
  }
  return contract[name].input.safeParse(cleaned);
}

/** Thrown by `withoutUndefined` past MAX_INPUT_DEPTH, with the path to where it got there. */
class TooDeep extends Error {
  readonly path: PropertyKey[] = [];
  constructor() {
    super('too deep');
  }
}

/** Each method's compiled check, made on its first call; null when its schema has a part `compileCheck` leaves to zod. */
const checks = new Map<MethodName, Check | null>();

/** What a compiled check answers when it cannot vouch for a value: zod then decides. */
export const UNSURE: unique symbol = Symbol('unsure');

/** The value as the schema parses it (the same output as zod's), or UNSURE. */
export type Check = (value: unknown) => unknown;

/** The parts of zod's schema and check definitions (`_zod.def`, zod/v4/core) read here. */
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  entries?: Record<string, unknown>;
  format?: string;
  pattern?: RegExp;
}

interface CheckDef {
  check: string;
  type?: string;
  fn?: (value: object) => unknown;
  when?: unknown;
  maximum?: number;
  minimum?: number;
  tx?: (value: string) => string;
  format?: string;
  value?: number;
  inclusive?: boolean;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/**
 * `schema`'s rules as one plain function, or null when the schema holds a part not compiled here
 * (arrays, unions, defaults, refinements, transforms, any other check): zod alone then parses it.
 * Conservative by construction: each part accepts only what zod accepts, and answers what zod
 * would (text through the same overwrite, unknown keys dropped, absent optional keys left out);
 * anything else (a key present but undefined, a failed rule) is UNSURE, never a verdict.
 */
export function compileCheck(schema: z.ZodType): Check | null {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectCheck(def);
    case 'string':
      return stringCheck(def);
    case 'number':
      return numberCheck(def);
    case 'boolean':
      return def.coerce ? null : (value) => (typeof value === 'boolean' ? value : UNSURE);
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      // A TypeScript enum's numbers come with reverse-mapped names, which zod leaves out.
      if (!values.every((value) => typeof value === 'string')) return null;
      const allowed = new Set<unknown>(values);
      return (value) => (allowed.has(value) ? value : UNSURE);
    }
    case 'optional':
    case 'nonoptional': {
      // An absent key is the object's business; a present `undefined` is zod's.
      const inner = compileCheck(def.innerType!);
      return inner && ((value) => (value === undefined ? UNSURE : inner(value)));
    }
    case 'nullable': {
      const inner = compileCheck(def.innerType!);
      return inner && ((value) => (value === null ? null : inner(value)));
    }
    default:
      return null;
  }
}

function objectCheck(def: SchemaDef): Check | null {
  if (def.catchall !== undefined) return null;
  // `.refine(fn)` (a patch's "nothing to change"): its function, on the parsed object, as zod calls it.
  const refinements: ((value: object) => unknown)[] = [];
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check !== 'custom' || check.type !== 'custom' || typeof check.fn !== 'function' || check.when)
      return null;
    refinements.push(check.fn);
  }
  const keys = Object.keys(def.shape!);
  const fields: Check[] = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const field = compileCheck(def.shape![key]!);
    if (!field) return null;
    fields.push(field);
    optional.push(defOf(def.shape![key]!).type === 'optional');
  }
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return UNSURE;
    const output: Record<string, unknown> = {};
    // Plain loops: this runs on every write, where each closure's call costs once the CPU is cold.
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index]!;
      if (key in input) {
        const value = fields[index]!((input as Record<string, unknown>)[key]);
        if (value === UNSURE) return UNSURE;
        output[key] = value;
      } else if (!optional[index]) return UNSURE;
    }
    for (let index = 0; index < refinements.length; index += 1)
      if (refinements[index]!(output) !== true) return UNSURE;
    return output;
  };
}

function stringCheck(def: SchemaDef): Check | null {
  if (def.coerce) return null;
  const steps: ((value: string) => string | typeof UNSURE)[] = [];
  // A format (z.uuid()) is its own first check: its pattern.
  if (def.format !== undefined) {
    const pattern = def.pattern;
    if (!PATTERN_FORMATS.has(def.format) || !pattern || pattern.global || pattern.sticky) return null;
    steps.push((value) => (pattern.test(value) ? value : UNSURE));
  }
  // In zod's order: a limit after an overwrite measures the overwritten text.
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'max_length')
      steps.push((value) => (value.length <= check.maximum! ? value : UNSURE));
    else if (check.check === 'min_length')
      steps.push((value) => (value.length >= check.minimum! ? value : UNSURE));
    else if (check.check === 'overwrite') steps.push(check.tx!);
    else return null;
  }
  return (value) => {
    if (typeof value !== 'string') return UNSURE;
    let current: string | typeof UNSURE = value;
    for (let index = 0; index < steps.length && current !== UNSURE; index += 1)
      current = steps[index]!(current);
    return current;
  };
}

/** String formats whose whole check in zod is their pattern (others, such as `datetime` or `url`, do more). */
const PATTERN_FORMATS = new Set(['uuid', 'date']);

function numberCheck(def: SchemaDef): Check | null {
  if (def.coerce) return null;
  const steps: ((value: number) => boolean)[] = [];
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    const limit = check.value!;
    if (check.check === 'number_format' && check.format === 'safeint') steps.push(Number.isSafeInteger);
    else if (check.check === 'greater_than')
      steps.push(check.inclusive ? (value) => value >= limit : (value) => value > limit);
    else if (check.check === 'less_than')
      steps.push(check.inclusive ? (value) => value <= limit : (value) => value < limit);
    else return null;
  }
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return UNSURE;
    for (let index = 0; index < steps.length; index += 1) if (!steps[index]!(value)) return UNSURE;
    return value;
  };
}

/**
 * The input as JSON would carry it: object keys holding `undefined` are dropped. IPC's
 * structured clone keeps them, and a patch `{ dueDate: undefined }` would otherwise pass as
 * "a change" and be written as NULL, or past the incident-time check as a missing time. Copies
 * only what holds an `undefined` (most inputs hold none, and every write zod parses passes here).
 */
function withoutUndefined(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_INPUT_DEPTH) throw new TooDeep();
  const inner = (item: unknown, key: PropertyKey) => {
    try {
      return withoutUndefined(item, depth + 1);
    } catch (error) {
      // The path is built on the way out, only for the refusal's message.
      if (error instanceof TooDeep) error.path.unshift(key);
      throw error;
    }
  };
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, index) => {
      const cleaned = inner(item, index);
      if (cleaned !== item) (copy ??= [...value])[index] = cleaned;
    });
    return copy ?? value;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  let copy: Record<string, unknown> | null = null;
  // Keys, not entries: no pair per field, and a text or number field (most of them) is passed by.
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined && (field === null || typeof field !== 'object')) continue;
    const cleaned = inner(field, key);
    if (cleaned === field && field !== undefined) continue;
    copy ??= { ...value };
    if (cleaned === undefined) delete copy[key];
    else copy[key] = cleaned;
  }
  return copy ?? value;
}

import type { HindsightApi, MethodName } from '../../shared/contract';
import type { Result } from '../../shared/contract/errors';
import { specOf, type CrudKind, type RecordOf } from '../../shared/contract/recordKinds';
import { settle } from '../bridge/api';

/** The record methods every kind with a domain has in the contract (shared/contract/crud.ts). */
export type RecordVerb = 'add' | 'update' | 'remove' | 'restore';

/** Calls `<domain>.<verb>` of `kind` with `input`; the record it answers, or the error. */
export function callRecordMethod<K extends CrudKind>(
  api: HindsightApi,
  kind: K,
  verb: RecordVerb,
  input: object,
): Promise<Result<RecordOf<K>>> {
  // A generic index into the api loses the per-method pairing; the declaration guarantees it.
  const method = api[`${specOf(kind).domain}.${verb}` as MethodName] as (
    input: object,
  ) => Promise<Result<RecordOf<K>>>;
  return settle(method(input));
}

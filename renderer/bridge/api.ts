import type { HindsightApi } from '../../shared/contract';
import type { ContractError, ErrorCode, Issue, Result } from '../../shared/contract/errors';

declare global {
  interface Window {
    /** Exposed by the preload (contextBridge); absent when the page runs outside Hindsight. */
    readonly hindsight?: HindsightApi;
  }
}

/**
 * Reads the preload's bridge once, at startup. Everything else receives the api as an argument
 * (the store factory, tests), so nothing in the renderer reaches for the global again.
 */
export function readBridge(): HindsightApi | null {
  return typeof window !== 'undefined' && window.hindsight ? window.hindsight : null;
}

/** A `ContractError` as an exception, for callers that prefer `try` over inspecting a `Result`. */
export class BridgeError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(readonly error: ContractError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

/** The value of an `ok` result; throws a `BridgeError` carrying the contract error otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new BridgeError(result.error);
}

/**
 * Turns anything caught into a `ContractError`, so the UI has one shape to show. A rejected
 * promise should not happen (the bridge never throws), but a bug must still reach the screen.
 */
function toContractError(error: unknown): ContractError {
  if (error instanceof BridgeError) return error.error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong: ${message}` };
}

/**
 * Awaits a bridge call and turns a rejected promise into an `internal` error result. The bridge
 * itself never rejects, so this only catches bugs, but a bug must still reach the screen.
 */
export async function settle<T>(pending: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await pending;
  } catch (error) {
    return { ok: false, error: toContractError(error) };
  }
}

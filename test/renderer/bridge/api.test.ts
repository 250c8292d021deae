import { describe, expect, it } from 'vitest';
import { BridgeError, readBridge, settle, unwrap } from '../../../renderer/bridge/api';

describe('unwrap', () => {
  it('returns the value of an ok result', () => {
    expect(unwrap({ ok: true, value: 42 })).toBe(42);
  });

  it('throws a BridgeError carrying the contract error, issues included', () => {
    const error = {
      code: 'invalid-input' as const,
      message: 'Not saved',
      issues: [{ path: 'title', message: 'empty' }],
    };
    const thrown = (() => {
      try {
        unwrap({ ok: false, error });
      } catch (caught) {
        return caught;
      }
    })();
    expect(thrown).toBeInstanceOf(BridgeError);
    expect(thrown).toMatchObject({
      code: 'invalid-input',
      message: 'Not saved',
      issues: error.issues,
      error,
    });
  });
});

describe('settle', () => {
  it('turns a rejected call into an internal error result instead of losing it', async () => {
    const result = await settle(Promise.reject(new Error('boom')));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong: boom' } });
  });
});

describe('readBridge', () => {
  it('answers null when the page runs without the preload', () => {
    expect(readBridge()).toBeNull();
  });
});

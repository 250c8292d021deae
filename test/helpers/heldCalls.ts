import type { HindsightApi, MethodName } from '../../shared/contract';

/**
 * A bridge wrapper that holds the calls of `methods` back until the test lets them go, to see a
 * window before the core has answered. `at: 'call'` holds a call before it reaches the core
 * (nothing is written yet); `at: 'answer'` lets the core commit (its change event goes out) and
 * holds only the answer on its way back. Released calls go in the order they were made.
 */
export function heldCalls(methods: readonly MethodName[], at: 'call' | 'answer' = 'call') {
  const waiting: (() => void)[] = [];
  let holding = true;
  function wrap(api: HindsightApi): HindsightApi {
    const wrapped: Record<string, unknown> = { ...api };
    for (const name of methods) {
      const real = api[name] as (input: unknown) => Promise<unknown>;
      wrapped[name] = (input: unknown) => {
        if (!holding) return real(input);
        if (at === 'answer') {
          const answer = real(input);
          return new Promise((resolve) => waiting.push(() => resolve(answer)));
        }
        return new Promise((resolve) => waiting.push(() => resolve(real(input))));
      };
    }
    return wrapped as unknown as HindsightApi;
  }
  return {
    wrap,
    /** How many calls are held. */
    get held() {
      return waiting.length;
    },
    /** Lets every held call go, and the later ones through. */
    release() {
      holding = false;
      for (const go of waiting.splice(0)) go();
    },
  };
}

/**
 * The room's limits, in one place. A room serves a handful to a few dozen people typing; each
 * limit sits far above that and far below what would let one client slow the meeting down.
 */
export const ROOM_LIMITS = {
  /** A frame larger than this closes the connection (ws `maxPayload`). */
  maxFrameBytes: 1024 * 1024,
  /** A call larger than this is answered `invalid-input`; the largest capture is ~10 KB. */
  maxCallBytes: 64 * 1024,
  /** Calls a connection may burst, and how many it regains per second. */
  burstCalls: 60,
  callsPerSecond: 20,
  /** Calls of one connection the hub holds at once; more are refused, not queued. */
  maxCallsInFlight: 16,
  /** Bytes waiting to be sent to one client; past this it is too slow and is disconnected. */
  maxBufferedBytes: 4 * 1024 * 1024,
  maxConnections: 64,
  /** People the room keeps, those who left included (a reload comes back as the same one). */
  maxParticipants: 100,
  /** Wrong codes from one address within a minute before it is refused for the rest of it. */
  maxFailedCodesPerMinute: 10,
  /** A connection must join within this many milliseconds. */
  joinTimeoutMs: 10_000,
  /** Overwritten fields the console can read back. */
  maxReplacements: 50,
} as const;

/** A token bucket: `take` answers false once the burst is spent, refilled at `perSecond`. */
export function tokenBucket(capacity: number, perSecond: number, now: () => number) {
  let tokens = capacity;
  let last = now();
  return {
    take(): boolean {
      const time = now();
      tokens = Math.min(capacity, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Failed attempts per key within a sliding minute, so a guesser is stopped early. */
export function failureCounter(limit: number, now: () => number) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => (failures.get(key) ?? []).filter((at) => now() - at < 60_000);
  return {
    blocked: (key: string) => recent(key).length >= limit,
    record(key: string) {
      failures.set(key, [...recent(key), now()].slice(-limit));
    },
  };
}

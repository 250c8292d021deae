import { randomInt, timingSafeEqual } from 'node:crypto';

/** No I, L, O, U, 0 or 1: nothing that reads as another character when typed from a screen. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const LENGTH = 10;

/**
 * A room's secret: 10 characters of a 30-letter alphabet (~49 bits), shown as `ABCDE-FGHJK`.
 * Guessing it online is bounded by the server's failed-attempt limit (roomLimits.ts), and it is
 * worth nothing once the room closes.
 */
export function newRoomCode(random: (max: number) => number = randomInt): string {
  const characters = Array.from({ length: LENGTH }, () => ALPHABET[random(ALPHABET.length)]);
  return `${characters.slice(0, 5).join('')}-${characters.slice(5).join('')}`;
}

/** The code as typed by a person: case, spaces and dashes do not matter. */
export function normalizeRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Compares in constant time, so the answer's timing says nothing about how much was right. */
export function roomCodeMatches(expected: string, typed: unknown): boolean {
  if (typeof typed !== 'string') return false;
  const a = Buffer.from(normalizeRoomCode(expected));
  const b = Buffer.from(normalizeRoomCode(typed));
  return a.length === b.length && timingSafeEqual(a, b);
}

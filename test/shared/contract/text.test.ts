import { describe, expect, it } from 'vitest';
import { normalizeText, userText } from '../../../shared/contract/text';

const HIGH = '\ud83d';
const LOW = '\ude00';
const GRINNING = `${HIGH}${LOW}`;

describe('normalizeText', () => {
  it('answers text with no lone surrogate and no bidi control as it came', () => {
    for (const text of [
      '',
      'Checkout outage',
      `Rollback ${GRINNING} done`,
      'שגיאה בתשלום',
      'a\u2029b\u206a',
    ]) {
      expect(normalizeText(text)).toBe(text);
    }
  });

  it('turns each lone surrogate into one U+FFFD and keeps the pairs whole', () => {
    expect(normalizeText(`queue ${HIGH}`)).toBe('queue \ufffd');
    expect(normalizeText(`${LOW} queue`)).toBe('\ufffd queue');
    expect(normalizeText(`${HIGH}${GRINNING}${LOW}${LOW}`)).toBe(`\ufffd${GRINNING}\ufffd\ufffd`);
  });

  it('drops every bidi control of both ranges, in text that is otherwise well formed', () => {
    expect(normalizeText('\u202aa\u202bb\u202cc\u202dd\u202ee')).toBe('abcde');
    expect(normalizeText('\u2066f\u2067g\u2068h\u2069')).toBe('fgh');
  });

  it('finds a bidi control however many texts came before it', () => {
    // A stateful (global) test would start the next search where the last match ended.
    for (let round = 0; round < 3; round += 1) expect(normalizeText('ab\u202ecd')).toBe('abcd');
  });

  it('does both in one text', () => {
    expect(normalizeText(`Alert ${HIGH}\u202egpj.exe`)).toBe('Alert \ufffdgpj.exe');
  });

  it('is what a userText field stores', () => {
    expect(userText(50).parse(`Stale \u202eproduct ${HIGH}`)).toBe('Stale product \ufffd');
  });
});

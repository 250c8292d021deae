import { describe, expect, it } from 'vitest';
import { filterEvents, isEmptyFilter } from '../../../../shared/domain/timeline/filterEvents';
import { event } from './timelineFacts';

const log = [
  { ...event('09:00', 'alert'), description: 'High API latency', actor: 'PagerDuty' },
  { ...event('09:05', 'detection'), description: 'On-call acknowledged', actor: 'Priya' },
  {
    ...event('09:10', 'mitigation-attempt', 'no-effect'),
    description: 'Restarted pods',
    evidence: 'https://grafana.example.com/d/API',
  },
];

describe('filterEvents', () => {
  it('gives the list itself back when the filter keeps every event, so a view\'s memo holds', () => {
    expect(filterEvents(log, { kinds: [], text: '' })).toBe(log);
  });

  it('lower-cases an event\'s text once per version, not on every keystroke (issue 16)', () => {
    let read = 0;
    const watched = new Proxy(log[0]!, {
      get(target, field) {
        if (field === 'description') read++;
        return target[field as keyof typeof target];
      },
    });
    for (const text of ['h', 'hi', 'hig', 'high']) filterEvents([watched], { kinds: [], text });
    expect(read).toBe(1);
    expect(filterEvents([{ ...log[0]!, description: 'Disk full' }], { kinds: [], text: 'high' })).toEqual([]);
  });

  it('keeps every event, in the given order, when the filter is empty', () => {
    expect(filterEvents(log, { kinds: [], text: '  ' })).toEqual(log);
    expect(isEmptyFilter({ kinds: [], text: ' ' })).toBe(true);
  });

  it('keeps only the chosen kinds', () => {
    expect(
      filterEvents(log, { kinds: ['alert', 'mitigation-attempt'], text: '' }).map((e) => e.kind),
    ).toEqual(['alert', 'mitigation-attempt']);
  });

  it('matches text in the description, actor or evidence regardless of case', () => {
    expect(filterEvents(log, { kinds: [], text: 'api' }).map((e) => e.kind)).toEqual([
      'alert',
      'mitigation-attempt',
    ]);
    expect(filterEvents(log, { kinds: [], text: 'PRIYA' }).map((e) => e.kind)).toEqual(['detection']);
  });

  it('combines kinds and text', () => {
    expect(filterEvents(log, { kinds: ['alert'], text: 'restarted' })).toEqual([]);
  });
});

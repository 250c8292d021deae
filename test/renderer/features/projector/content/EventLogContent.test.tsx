import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { focusableOnProjector, openProjector, utc } from '../openProjector';

const INCIDENT = { timeZone: 'Europe/Berlin', startedAt: utc('09:12:40'), resolvedAt: utc('11:05:00') };

const shownEvents = () =>
  within(screen.getByRole('region', { name: /^Events/ }))
    .getAllByRole('listitem')
    .map((entry) => entry.textContent);

describe('EventLogContent', () => {
  it('shows each event’s time in the meeting’s zone, kind, outcome, description and actor, marking those outside the incident', async () => {
    const { call, goTo } = await openProjector(INCIDENT);
    await call('timeline.add', {
      at: utc('10:21:00'),
      kind: 'mitigation-attempt',
      outcome: 'no-effect',
      description: 'Restarted the checkout-api pods',
      actor: 'On-call SRE',
    });
    await call('timeline.add', { at: utc('08:40:00'), kind: 'other', description: 'SDK 4.2 rolled out' });
    await call('timeline.add', {
      at: utc('11:30:00'),
      kind: 'communication',
      description: 'Status page: all clear',
      actor: 'Support',
    });
    await goTo('event-log');
    expect(shownEvents()).toEqual([
      '09:40:00Before startOtherSDK 4.2 rolled out',
      '11:21:00Mitigation attemptNo effectRestarted the checkout-api pods · On-call SRE',
      '12:30:00After resolutionCommunicationStatus page: all clear · Support',
    ]);
    expect(screen.getByRole('heading', { name: /^Events/ })).toHaveTextContent(
      'times in Europe/Berlin (UTC+01:00)',
    );
  });

  it('shows a fact as soon as the console adds it during the step', async () => {
    const { call, goTo } = await openProjector(INCIDENT);
    await goTo('event-log');
    expect(screen.getByText('No events yet.')).toBeInTheDocument();
    await call('timeline.add', { at: utc('10:03:00'), kind: 'detection', description: 'Page acknowledged' });
    expect(await screen.findByText('Page acknowledged')).toBeInTheDocument();
  });

  it('prints the day beside the time when the log spans more than one day', async () => {
    const { call, goTo } = await openProjector(INCIDENT);
    await call('timeline.add', { at: utc('09:20:00'), kind: 'alert', description: 'Latency alert' });
    await call('timeline.add', {
      at: Date.parse('2026-03-06T08:00:00Z'),
      kind: 'fix-deployed',
      description: 'Pool cap deployed',
    });
    await goTo('event-log');
    expect(shownEvents()[1]).toMatch(/^2026-03-06 09:00:00/);
  });

  it('keeps the newest events of a long log and says how many earlier ones are left out', async () => {
    const { call, goTo } = await openProjector(INCIDENT);
    for (let index = 1; index <= 45; index += 1) {
      await call('timeline.add', {
        at: utc('09:13:00') + index * 60_000,
        kind: 'diagnosis',
        description: `Checked shard ${index}`,
      });
    }
    await goTo('event-log');
    const shown = shownEvents();
    // jsdom has no layout, so everything measured is shown: the 40 newest of the 45.
    expect(shown).toHaveLength(40);
    expect(shown[0]).toContain('Checked shard 6');
    expect(shown.at(-1)).toContain('Checked shard 45');
    expect(screen.getByText('+ 5 earlier events')).toBeInTheDocument();
  });

  it('shows the incident’s numbers, its red flags and the phase strip, with nothing to click', async () => {
    const { call, goTo } = await openProjector(INCIDENT);
    await call('timeline.add', { at: utc('09:12:40'), kind: 'first-signal', description: 'Latency rises' });
    await call('timeline.add', { at: utc('10:03:00'), kind: 'detection', description: 'Page acknowledged' });
    await goTo('event-log');
    const numbers = screen.getByRole('region', { name: 'The incident’s numbers' });
    const value = (label: string) => within(numbers).getByText(label).nextElementSibling?.textContent;
    expect(value('Time to detect')).toBe('50 min');
    expect(value('Total duration')).toBe('1 h 52 min');
    expect(value('Root cause → fix')).toBe('not known yet');
    expect(screen.getByRole('region', { name: 'Red flags' })).toHaveTextContent(
      'Detection gap: 50 min from the first signal to detection (over 10 min).',
    );
    const strip = screen.getByRole('group', { name: 'Incident phases and key events' });
    expect(strip).toHaveTextContent('11:03 Detection');
    expect(focusableOnProjector()).toEqual([]);
  });
});

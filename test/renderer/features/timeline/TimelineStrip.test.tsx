import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../helpers/renderApp';
import { seedMeeting } from '../../../helpers/seedMeeting';

/**
 * A meeting of 3,000 events (one every 7 s from 08:00 UTC, the kinds in turn) open on
 * its event log: more events than the strip has columns, and more key events than it labels.
 */
async function longLog() {
  const app = await renderApp();
  await seedMeeting(app.core, 'Long incident', 3_000, 0);
  await app.user.click(await screen.findByRole('button', { name: 'Long incident' }));
  await app.user.click(await screen.findByRole('tab', { name: 'Event log' }));
  const strip = await screen.findByRole('group', { name: 'Incident phases and key events' });
  return { ...app, strip };
}

const highlightedTicks = (strip: HTMLElement) => strip.querySelectorAll('line.strip-tick--highlighted');

describe('TimelineStrip of a long log', () => {
  it('draws its ticks as one path, a segment per column, not an element per event', async () => {
    const { strip } = await longLog();
    const paths = strip.querySelectorAll('path.strip-tick');
    expect(paths).toHaveLength(1);
    // 3,000 events over 1,000 columns: every column ticked once.
    expect(paths[0]!.getAttribute('d')!.match(/M/g)).toHaveLength(1_001);
    expect(strip.querySelectorAll('line.strip-tick')).toHaveLength(0);
    // Too many key events to label: the first of each of the five key kinds is named.
    expect(
      within(strip)
        .getAllByRole('button')
        .map((key) => key.getAttribute('aria-label')),
    ).toEqual([
      '08:00 First signal: Event 1: first-signal on checkout-api shard 0',
      '08:00 Detection: Event 3: detection on checkout-api shard 2',
      '08:00 Mitigation: Event 7: mitigation on checkout-api shard 6',
      '08:00 Fix deployed: Event 8: fix-deployed on checkout-api shard 7',
      '08:00 Recovery: Event 9: recovery on checkout-api shard 8',
    ]);
  }, 60_000);

  it('ticks and names the event highlighted in the table, and follows the highlight', async () => {
    const { strip, user } = await longLog();
    expect(highlightedTicks(strip)).toHaveLength(0);
    // Event 15 is a detection the thinned labels leave out.
    await user.click(screen.getByRole('cell', { name: 'Event 15: detection on checkout-api shard 14' }));
    const detection = within(strip).getByRole('button', {
      name: '08:01 Detection: Event 15: detection on checkout-api shard 14',
    });
    expect(detection).toHaveAttribute('aria-pressed', 'true');
    expect(highlightedTicks(strip)).toHaveLength(1);
    const firstX = highlightedTicks(strip)[0]!.getAttribute('x1');

    // A non-key event is ticked but not labelled; the detection's label goes with its highlight.
    await user.click(screen.getByRole('cell', { name: 'Event 11: communication on checkout-api shard 10' }));
    expect(within(strip).queryByRole('button', { name: /Event 15/ })).toBeNull();
    expect(highlightedTicks(strip)).toHaveLength(1);
    expect(Number(highlightedTicks(strip)[0]!.getAttribute('x1'))).toBeLessThan(Number(firstX));
  }, 60_000);
});

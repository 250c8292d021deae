import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { HindsightApi } from '../../../shared/contract';
import { fail } from '../../../shared/contract/errors';
import { inProcessBridge } from '../../helpers/inProcessBridge';
import { renderApp } from '../../helpers/renderApp';

describe('StoreProvider', () => {
  it('shows a meeting another window created, through the meetingChanged event', async () => {
    const { core } = await renderApp();
    await screen.findByRole('heading', { name: 'Run a blameless postmortem' });
    // A second bridge on the same core stands in for the projector or a second window.
    const otherWindow = inProcessBridge(core);
    await otherWindow['meetings.create']({ title: 'Created elsewhere' });
    expect(await screen.findByRole('button', { name: 'Created elsewhere' })).toBeInTheDocument();
  });

  it('shows the message of a call that never reached the main process', async () => {
    // The one hand-made failure: a real core cannot lose its own transport.
    const brokenList = (api: HindsightApi): HindsightApi => ({
      ...api,
      on: api.on,
      'meetings.list': async () =>
        fail('transport', 'The call meetings.list did not complete: channel closed'),
    });
    await renderApp({ wrapApi: brokenList });
    const message = await screen.findByText('The call meetings.list did not complete: channel closed');
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Run a blameless postmortem' })).not.toBeInTheDocument();
  });
});

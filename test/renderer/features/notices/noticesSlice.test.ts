import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../renderer/store/createAppStore';
import { STATUS_NOTICE_MS } from '../../../../renderer/features/notices/noticesSlice';
import { inProcessBridge } from '../../../helpers/inProcessBridge';
import { testCore } from '../../../helpers/testCore';

async function store() {
  const { core } = await testCore();
  return createAppStore(inProcessBridge(core));
}

const messages = (app: Awaited<ReturnType<typeof store>>) =>
  app.getState().notices.map((notice) => notice.message);

describe('notices', () => {
  afterEach(() => vi.useRealTimers());

  it('lets a plain success notice go by itself, and keeps one with Undo and every error', async () => {
    const app = await store();
    vi.useFakeTimers();
    app.getState().notify({ tone: 'status', message: 'Parked “DNS TTLs”.' });
    app
      .getState()
      .notify({
        tone: 'status',
        message: 'Deleted “Alert”.',
        action: { label: 'Undo', run: async () => {} },
      });
    app.getState().reportError({ code: 'internal', message: 'The disk is full.' });
    expect(messages(app)).toEqual(['Parked “DNS TTLs”.', 'Deleted “Alert”.', 'The disk is full.']);
    vi.advanceTimersByTime(STATUS_NOTICE_MS);
    expect(messages(app)).toEqual(['Deleted “Alert”.', 'The disk is full.']);
  });
});

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

  it('never pushes out an error, which may hold what was typed; only older status notices go', async () => {
    const app = await store();
    const refused = 'Impact was not saved: the meeting was deleted. What you typed: “Checkout down 40 min”';
    app.getState().notify({ tone: 'error', message: refused });
    const undo = { label: 'Undo', run: async () => {} };
    for (const title of ['A', 'B', 'C', 'D', 'E']) {
      app.getState().notify({ tone: 'status', message: `Deleted “${title}”.`, action: undo });
    }
    expect(messages(app)).toEqual([refused, 'Deleted “C”.', 'Deleted “D”.', 'Deleted “E”.']);
    // The same failure again is shown once, as the latest; another one is shown beside it.
    app.getState().reportError({ code: 'disk-full', message: 'The disk is full: nothing was saved.' });
    app.getState().reportError({ code: 'disk-full', message: 'The disk is full: nothing was saved.' });
    expect(messages(app)).toEqual([
      refused,
      'Deleted “C”.',
      'Deleted “D”.',
      'Deleted “E”.',
      'The disk is full: nothing was saved.',
    ]);
  });

  it('keeps a notice asked to be kept past its six seconds and past three newer ones', async () => {
    const app = await store();
    vi.useFakeTimers();
    const moved =
      'The unreadable database was moved to /data/hindsight.broken.db. Hindsight started a fresh, empty database.';
    app.getState().notify({ tone: 'status', keep: true, message: moved });
    for (const title of ['A', 'B', 'C'])
      app.getState().notify({ tone: 'status', message: `Parked “${title}”.` });
    vi.advanceTimersByTime(STATUS_NOTICE_MS);
    expect(messages(app)).toEqual([moved]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { buildBridge, type BridgeTransport } from '../../../shared/contract/bridge';
import { methodNames } from '../../../shared/contract';
import { channelOf, eventChannelOf, methodNameOfChannel } from '../../../shared/contract/define';
import { formatPath } from '../../../shared/contract/errors';

function recordingTransport(answer: (channel: string) => Promise<unknown> = async () => ({ ok: true, value: 1 })) {
  const invoked: [string, unknown][] = [];
  const subscribed: string[] = [];
  const transport: BridgeTransport = {
    invoke: (channel, payload) => {
      invoked.push([channel, payload]);
      return answer(channel);
    },
    subscribe: (channel) => {
      subscribed.push(channel);
      return () => undefined;
    },
  };
  return { transport, invoked, subscribed };
}

describe('buildBridge', () => {
  it('exposes exactly one function per contract method, plus on', () => {
    const api = buildBridge(recordingTransport().transport);
    expect(Object.keys(api).sort()).toEqual([...methodNames, 'on'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its own channel with the payload untouched', async () => {
    const { transport, invoked } = recordingTransport();
    const api = buildBridge(transport);
    await api['meetings.create']({ title: 'Stale data' });
    expect(invoked).toEqual([['hindsight:meetings.create', { title: 'Stale data' }]]);
  });

  it('turns a transport failure into a transport error instead of throwing', async () => {
    const api = buildBridge(recordingTransport(() => Promise.reject(new Error('channel closed'))).transport);
    await expect(api['meetings.list']({})).resolves.toMatchObject({
      ok: false,
      error: { code: 'transport', message: expect.stringContaining('channel closed') },
    });
  });

  it('subscribes to contract events only', () => {
    const { transport, subscribed } = recordingTransport();
    const api = buildBridge(transport);
    api.on('meetingChanged', vi.fn());
    expect(subscribed).toEqual(['hindsight:event:meetingChanged']);
    expect(() => (api.on as (event: string, listener: () => void) => void)('anything', vi.fn())).toThrow(/Unknown event/);
  });
});

describe('channel names', () => {
  it('round-trip between method names and channels', () => {
    for (const name of methodNames) expect(methodNameOfChannel(channelOf(name))).toBe(name);
    expect(eventChannelOf('meetingChanged')).toBe('hindsight:event:meetingChanged');
  });
});

describe('formatPath', () => {
  it('writes schema paths the way JSON is read', () => {
    expect(formatPath(['timeline', 3, 'at'])).toBe('timeline[3].at');
    expect(formatPath(['title'])).toBe('title');
    expect(formatPath([])).toBe('');
  });
});

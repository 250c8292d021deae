import { describe, expect, it } from 'vitest';
import {
  mdnsRoomBrowser,
  type HeardService,
  type MdnsListener,
} from '../../../../electron/core/room/roomBrowser';
import type { FoundRoom } from '../../../../shared/contract/join';
import { scriptedHost, testCore, value } from '../../../helpers/testCore';

/** Replays services as bonjour-service reports them, and records what the browser asked for. */
function recordedListener(services: HeardService[]) {
  const calls: string[] = [];
  const listener: MdnsListener = {
    find(config, onUp) {
      calls.push(`find ${config.type}.${config.protocol}`);
      for (const service of services) onUp(service);
      return { stop: () => void calls.push('stop') };
    },
    destroy: () => void calls.push('destroy'),
  };
  return { listener, calls };
}

const heard: HeardService[] = [
  {
    name: 'Hindsight AB53117',
    port: 53117,
    addresses: ['fe80::1', '192.168.1.20'],
    txt: { title: 'Stale prices' },
  },
  // The same room heard twice (two interfaces answer) is listed once.
  { name: 'Hindsight AB53117', port: 53117, addresses: ['192.168.1.20'], txt: { title: 'Stale prices' } },
  // No address of its own: where the answer came from.
  { name: 'Hindsight CD4000', port: 4000, referer: { address: '10.0.0.7' }, txt: {} },
  // Unusable: IPv6 only, or a port that is no port.
  { name: 'Broken', port: 80, addresses: ['fe80::2'] },
  { name: 'Broken too', port: Number.NaN, addresses: ['10.0.0.8'] },
];

describe('mdnsRoomBrowser', () => {
  it('lists each room heard on _hindsight._tcp once, with its address and title, and stops listening', async () => {
    const { listener, calls } = recordedListener(heard);
    const rooms = await mdnsRoomBrowser(() => listener, 10).browse();
    expect(rooms).toEqual<FoundRoom[]>([
      { name: 'Hindsight AB53117', title: 'Stale prices', address: 'http://192.168.1.20:53117/' },
      { name: 'Hindsight CD4000', title: '', address: 'http://10.0.0.7:4000/' },
    ]);
    expect(calls).toEqual(['find hindsight.tcp', 'stop', 'destroy']);
  });

  it('is what join.browse answers; a host without a browser answers none', async () => {
    const { listener } = recordedListener(heard.slice(0, 1));
    const { core } = await testCore({
      host: { ...scriptedHost().host, roomBrowser: mdnsRoomBrowser(() => listener, 10) },
    });
    expect(await value<FoundRoom[]>(core, 'join.browse', {})).toHaveLength(1);
    const { core: plain } = await testCore();
    expect(await value<FoundRoom[]>(plain, 'join.browse', {})).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { mdnsAdvertiser, type MdnsResponder } from '../../../../electron/core/room/advertiser';
import { pickLanAddress } from '../../../../electron/core/room/lanAddress';
import { newRoomCode, roomCodeMatches } from '../../../../electron/core/room/roomCode';

describe('mdnsAdvertiser', () => {
  it('announces _hindsight._tcp on a responder made for the room, with no code in it, and destroys it on stop', () => {
    const calls: string[] = [];
    const published: unknown[] = [];
    const advertiser = mdnsAdvertiser((host) => {
      calls.push(`create ${host}`);
      const responder: MdnsResponder = {
        publish: (config) => (published.push(config), { stop: () => calls.push('stop') }),
        destroy: () => void calls.push('destroy'),
      };
      return responder;
    });
    const advertisement = advertiser.advertise({
      name: 'Hindsight AB1234',
      port: 1234,
      host: '10.0.0.5',
      meetingTitle: 'Stale prices',
    });
    expect(published).toEqual([
      {
        name: 'Hindsight AB1234',
        type: 'hindsight',
        protocol: 'tcp',
        port: 1234,
        txt: { title: 'Stale prices' },
        disableIPv6: true,
      },
    ]);
    advertisement.stop();
    expect(calls).toEqual(['create 10.0.0.5', 'stop', 'destroy']);
  });
});

describe('pickLanAddress', () => {
  it('takes the first real IPv4 address, skipping loopback, link-local and IPv6', () => {
    const base = { netmask: '', mac: '', cidr: null };
    expect(
      pickLanAddress({
        lo: [{ ...base, address: '127.0.0.1', family: 'IPv4', internal: true }],
        eth0: [
          { ...base, address: 'fe80::1', family: 'IPv6', internal: false, scopeid: 0 },
          { ...base, address: '169.254.3.4', family: 'IPv4', internal: false },
        ],
        wlan0: [{ ...base, address: '192.168.1.20', family: 'IPv4', internal: false }],
      }),
    ).toBe('192.168.1.20');
    expect(pickLanAddress({})).toBe('127.0.0.1');
  });
});

describe('room codes', () => {
  it('are ten unambiguous characters in two groups, matched however they are typed', () => {
    const code = newRoomCode();
    expect(code).toMatch(/^[A-HJKMNP-TV-Z2-9]{5}-[A-HJKMNP-TV-Z2-9]{5}$/);
    expect(roomCodeMatches(code, code.toLowerCase().replace('-', ' '))).toBe(true);
    expect(roomCodeMatches(code, `${code}X`)).toBe(false);
    expect(roomCodeMatches(code, undefined)).toBe(false);
  });
});

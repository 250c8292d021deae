import type { NetworkInterfaceInfo } from 'node:os';

/**
 * The address a room listens on when none is given: the first IPv4 address of a real network
 * interface (not loopback, not link-local), so the join link works from another laptop on the
 * same Wi-Fi. Falls back to loopback, where only this computer can join.
 */
export function pickLanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string {
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal && !address.address.startsWith('169.254.')) {
        return address.address;
      }
    }
  }
  return '127.0.0.1';
}

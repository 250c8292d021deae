import { Bonjour, type BrowserConfig } from 'bonjour-service';
import type { FoundRoom } from '../../../shared/contract/join';
import { ROOM_SERVICE_TYPE } from './advertiser';

/** Lists the rooms heard on the network; injected, so tests never listen to real multicast. */
export interface RoomBrowser {
  browse(): Promise<FoundRoom[]>;
}

/** A service as bonjour-service reports it (and as a test's recorded responder replays it). */
export interface HeardService {
  name: string;
  port: number;
  addresses?: string[];
  referer?: { address: string };
  txt?: Record<string, unknown>;
}

/** What the browser needs of bonjour-service's `Bonjour`. */
export interface MdnsListener {
  find(config: BrowserConfig, onUp: (service: HeardService) => void): { stop(): void };
  destroy(): void;
}

/** How long one look listens: mDNS answers come within a second on a working network. */
export const BROWSE_MS = 1500;
const MAX_ROOMS = 50;

const isIpv4 = (address: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(address);

/**
 * Listens for `_hindsight._tcp` for BROWSE_MS with a responder made for the look and destroyed
 * after it, so nothing listens between looks. A service names its address (the first IPv4 one
 * it announces, else where the answer came from) and port; its TXT carries the meeting's title.
 */
export function mdnsRoomBrowser(createListener: () => MdnsListener, listenMs = BROWSE_MS): RoomBrowser {
  return {
    browse() {
      const listener = createListener();
      const found = new Map<string, FoundRoom>();
      const search = listener.find({ type: ROOM_SERVICE_TYPE, protocol: 'tcp' }, (service) => {
        const host = service.addresses?.find(isIpv4) ?? service.referer?.address;
        if (!host || !isIpv4(host) || !Number.isInteger(service.port) || found.size >= MAX_ROOMS) return;
        const title = typeof service.txt?.title === 'string' ? service.txt.title.slice(0, 200) : '';
        const address = `http://${host}:${service.port}/`;
        found.set(address, { name: String(service.name).slice(0, 100), title, address });
      });
      return new Promise((resolve) => {
        setTimeout(() => {
          search.stop();
          listener.destroy();
          resolve([...found.values()]);
        }, listenMs);
      });
    },
  };
}

/** The real listener: bonjour-service on the default interfaces. */
export function bonjourListener(): MdnsListener {
  return new Bonjour({}, () => undefined) as unknown as MdnsListener;
}

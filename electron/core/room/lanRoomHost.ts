import os from 'node:os';
import { bonjourResponder, mdnsAdvertiser, type RoomAdvertiser } from './advertiser';
import { pickLanAddress } from './lanAddress';
import type { RoomHost } from './roomHub';

/**
 * The room as the app and `hindsight room` open it: on the interface asked for, else on the
 * LAN's address at the moment the room opens (the network may change while the app runs), and
 * announced by mDNS unless another advertiser is given (tests inject one on loopback).
 */
export function lanRoomHost(options: {
  host?: string;
  port?: number;
  rendererDir: string;
  advertiser?: RoomAdvertiser;
}): RoomHost {
  return {
    listenAddress: () => options.host ?? pickLanAddress(os.networkInterfaces()),
    port: options.port,
    rendererDir: options.rendererDir,
    advertiser: options.advertiser ?? mdnsAdvertiser(bonjourResponder),
  };
}

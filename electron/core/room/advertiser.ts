import type { ServiceConfig } from 'bonjour-service';

/** The mDNS service type rooms are announced under: `_hindsight._tcp`. */
export const ROOM_SERVICE_TYPE = 'hindsight';

/** Announces a room on the network; `stop` withdraws it. Injected, so tests never multicast. */
export interface RoomAdvertiser {
  advertise(room: { name: string; port: number; host: string; meetingTitle: string }): { stop(): void };
}

/** What the advertiser needs of bonjour-service's `Bonjour` (a fake in tests). */
export interface MdnsResponder {
  publish(config: ServiceConfig): { stop?: CallableFunction };
}

/**
 * Announces rooms through a bonjour-service responder. The TXT record carries the meeting's
 * title for the "Join a room" list, never the room code: anyone on the network hears mDNS.
 */
export function mdnsAdvertiser(responder: MdnsResponder): RoomAdvertiser {
  return {
    advertise({ name, port, host, meetingTitle }) {
      const service = responder.publish({
        name,
        type: ROOM_SERVICE_TYPE,
        protocol: 'tcp',
        port,
        txt: { title: meetingTitle.slice(0, 200), address: host },
        disableIPv6: true,
      });
      return { stop: () => void service.stop?.() };
    },
  };
}

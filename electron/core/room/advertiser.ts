import { Bonjour, type ServiceConfig } from 'bonjour-service';

/** The mDNS service type rooms are announced under: `_hindsight._tcp`. */
export const ROOM_SERVICE_TYPE = 'hindsight';

/** Announces a room on the network; `stop` withdraws it. Injected, so tests never multicast. */
export interface RoomAdvertiser {
  advertise(room: { name: string; port: number; host: string; meetingTitle: string }): { stop(): void };
}

/** What the advertiser needs of bonjour-service's `Bonjour` (a fake or a loopback one in tests). */
export interface MdnsResponder {
  publish(config: ServiceConfig): { stop?: CallableFunction };
  destroy(): void;
}

/**
 * Announces rooms through an mDNS responder made for each room on the room's own interface, and
 * destroyed with it: nothing multicasts while no room is open. The TXT record carries the
 * meeting's title for the "Join a room" list, never the room code: anyone on the network hears it.
 */
export function mdnsAdvertiser(createResponder: (host: string) => MdnsResponder): RoomAdvertiser {
  return {
    advertise({ name, port, host, meetingTitle }) {
      const responder = createResponder(host);
      const service = responder.publish({
        name,
        type: ROOM_SERVICE_TYPE,
        protocol: 'tcp',
        port,
        txt: { title: meetingTitle.slice(0, 200) },
        disableIPv6: true,
      });
      return {
        stop() {
          service.stop?.();
          responder.destroy();
        },
      };
    },
  };
}

/** The real responder: bonjour-service bound to the interface the room listens on. */
export function bonjourResponder(host: string): MdnsResponder {
  // multicast-dns reads `interface` from these options; bonjour-service's types omit it.
  return new Bonjour({ interface: host } as never, () => undefined);
}

import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy in front of a room, standing for the network between a note-taker and the
 * hub: `cut()` kills every link (the sockets are destroyed, so no WebSocket close frame is ever
 * sent), `stall()` turns every link into a black hole the way a dropped Wi-Fi does (nothing
 * passes, nothing closes), and `down()` / `up()` refuse and accept new links. The
 * room checks Host and Origin against its own address, so the proxy rewrites its own address to
 * the hub's in each link's first request (the upgrade's headers); everything after is passed on
 * untouched.
 */
export async function tcpProxy(targetPort: number) {
  const links = new Set<net.Socket>();
  const dead = new WeakSet<net.Socket>();
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (!dead.has(from)) to.write(chunk);
    });
  let accepting = true;
  const counts = { accepted: 0, refused: 0 };
  const server = net.createServer((client) => {
    if (!accepting) {
      counts.refused += 1;
      client.destroy();
      return;
    }
    counts.accepted += 1;
    const hub = net.connect(targetPort, '127.0.0.1');
    for (const socket of [client, hub]) {
      links.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        links.delete(socket);
        client.destroy();
        hub.destroy();
      });
    }
    let head = Buffer.alloc(0);
    const readHead = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      client.off('data', readHead);
      const headers = head.subarray(0, end).toString('latin1').replaceAll(ownAuthority, hubAuthority);
      hub.write(Buffer.concat([Buffer.from(headers, 'latin1'), head.subarray(end)]));
      forward(client, hub);
    };
    client.on('data', readHead);
    forward(hub, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const ownAuthority = `127.0.0.1:${port}`;
  const hubAuthority = `127.0.0.1:${targetPort}`;

  return {
    /** `http://127.0.0.1:PORT/`: the room's address as seen through the proxy. */
    address: `http://${ownAuthority}/`,
    /** Links let through and links refused so far (each is one connection attempt). */
    counts,
    /** Every open link dies at once, without a close frame. */
    cut(): void {
      for (const socket of links) socket.destroy();
    },
    /** Every open link stops passing anything, in both directions, and stays open. */
    stall(): void {
      for (const socket of links) dead.add(socket);
    },
    /** New links are refused (the network is still down)… */
    down(): void {
      accepting = false;
    },
    /** …until it comes back. */
    up(): void {
      accepting = true;
    },
    close(): Promise<void> {
      for (const socket of links) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// The note-taker page's service worker (registered by renderer/features/room/main.tsx): keeps
// the page and its assets so a reload with the network down still opens it and its outbox.
// Network first, the cache only when the network fails: a page online is always the latest.
const CACHE = 'hindsight-room-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch('./', { cache: 'no-store' });
      const html = await response.clone().text();
      await cache.put('./', response);
      // The page's own scripts, styles and icon, as the built room.html names them.
      const assets = [...html.matchAll(/(?:src|href)="\.?\/?((?:assets\/)?[\w./-]+\.(?:js|css|svg))"/g)].map(
        (match) => `./${match[1]}`,
      );
      await cache.addAll(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(event.request);
        if (response.ok) {
          const cache = await caches.open(CACHE);
          await cache.put(url.pathname === '/' ? './' : event.request, response.clone());
        }
        return response;
      } catch (error) {
        const cached = await caches.match(url.pathname === '/' ? './' : event.request);
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});

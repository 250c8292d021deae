import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NoteTakerApp } from './NoteTakerApp';
import '../../styles/base.css';
import '../../styles/controls.css';
import '../../styles/live.css';
import './noteTaker.css';

// The note-taker page (renderer/room.html), served by the room on the LAN. It has no preload:
// its bridge is the room's WebSocket (roomTransport.ts), built by the same buildBridge.
const container = document.getElementById('root');
if (!container) throw new Error('room.html has no #root element.');

// A service worker keeps the page itself available offline, so a reload with the Wi-Fi down
// still shows the outbox. Browsers allow one on loopback and https only; elsewhere the outbox
// (localStorage) still survives and is sent once the page loads again.
if ('serviceWorker' in navigator && window.isSecureContext) {
  void navigator.serviceWorker.register('./room-sw.js').catch(() => undefined);
}

createRoot(container).render(
  <StrictMode>
    <NoteTakerApp storage={window.localStorage} />
  </StrictMode>,
);

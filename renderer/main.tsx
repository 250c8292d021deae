import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readBridge } from './bridge/api';
import { StoreProvider } from './store/StoreProvider';
import { guardUnsavedDrafts } from './components/unsavedDrafts';
import './styles/base.css';
import './styles/controls.css';
import './styles/surfaces.css';
import './styles/library.css';
import './styles/overview.css';
import './styles/live.css';
import './styles/projector.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const api = readBridge();
guardUnsavedDrafts(window);
createRoot(container).render(
  <StrictMode>
    {api ? (
      <StoreProvider api={api}>
        <App />
      </StoreProvider>
    ) : (
      // Opened outside Hindsight (e.g. the built page in a plain browser): say so instead of failing.
      <main className="app-main">
        <h1>Hindsight</h1>
        <p>This page runs inside the Hindsight app; its connection to the app is missing.</p>
      </main>
    )}
  </StrictMode>,
);

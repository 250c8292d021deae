import { DatabaseGate } from './features/database/DatabaseGate';
import { MeetingOverview } from './features/meetings/MeetingOverview';
import { MeetingsLibrary } from './features/meetings/MeetingsLibrary';
import { Notices } from './features/notices/Notices';
import { useApp } from './store/useApp';

/** The window: a slim app bar, the current screen, and the notices. */
export function App() {
  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-bar__name">Hindsight</span>
        <span className="app-bar__tagline">Blameless postmortems</span>
      </header>
      <main className="app-main">
        <DatabaseGate>
          <CurrentScreen />
        </DatabaseGate>
      </main>
      <Notices />
    </div>
  );
}

function CurrentScreen() {
  const meetingOpen = useApp((state) => state.overview.meetingId !== null);
  return meetingOpen ? <MeetingOverview /> : <MeetingsLibrary />;
}

import { useState } from 'react';
import { DatabaseGate } from './features/database/DatabaseGate';
import { FollowThroughView } from './features/follow-through/FollowThroughView';
import { JoinRoomScreen } from './features/join/JoinRoomScreen';
import { MeetingOverview } from './features/meetings/MeetingOverview';
import { MeetingsLibrary } from './features/meetings/MeetingsLibrary';
import { Notices } from './features/notices/Notices';
import { ProjectorView } from './features/projector/ProjectorView';
import { TemplatesView } from './features/templates/TemplatesView';
import { useLocationHash } from './features/projector/useLocationHash';
import { projectorMeetingOf } from '../shared/projectorRoute';
import { useApp } from './store/useApp';
import { selectUnsavedText } from './store/selectUnsavedText';
import { useUnsavedDraft } from './components/unsavedDrafts';

/**
 * The window: a slim app bar, the current screen (which scrolls on its own), and the notices docked
 * below it, where they take their own room and never cover a timer or a control. A window opened at
 * `#projector?meeting=<id>` is the audience view instead (same bundle, no controls).
 */
export function App() {
  // Text kept in the store outlives its box (a tab switch), so the window asks for it too.
  useUnsavedDraft(useApp(selectUnsavedText));
  const projectorMeetingId = projectorMeetingOf(useLocationHash());
  if (projectorMeetingId !== undefined) {
    return (
      <DatabaseGate>
        <ProjectorView meetingId={projectorMeetingId} />
      </DatabaseGate>
    );
  }
  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-bar__name">Hindsight</span>
        <span className="app-bar__tagline">Blameless postmortems</span>
      </header>
      <div className="app-scroll">
        <main className="app-main">
          <DatabaseGate>
            <CurrentScreen />
          </DatabaseGate>
        </main>
      </div>
      <Notices />
    </div>
  );
}

type Screen = 'meeting' | 'templates' | 'follow-through' | 'join' | 'library';

function CurrentScreen() {
  const meetingOpen = useApp((state) => state.overview.meetingId !== null);
  const followThroughOpen = useApp((state) => state.followThrough.open);
  const templatesOpen = useApp((state) => state.templates.open);
  const joinOpen = useApp((state) => state.join.screenOpen);
  const screen: Screen = meetingOpen
    ? 'meeting'
    : templatesOpen
      ? 'templates'
      : followThroughOpen
        ? 'follow-through'
        : joinOpen
          ? 'join'
          : 'library';
  // The screen shown before this one, so the library can give focus back to the button that
  // left it (React's "information from previous renders" pattern: state set during render).
  const [shown, setShown] = useState<Screen>(screen);
  const [previous, setPrevious] = useState<Screen | null>(null);
  if (screen !== shown) {
    setPrevious(shown);
    setShown(screen);
  }
  if (screen === 'meeting') return <MeetingOverview />;
  if (screen === 'templates') return <TemplatesView />;
  if (screen === 'follow-through') return <FollowThroughView />;
  if (screen === 'join') return <JoinRoomScreen />;
  return <MeetingsLibrary returnedFrom={previous} />;
}

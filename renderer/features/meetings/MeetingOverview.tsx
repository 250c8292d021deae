import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { MeetingSectionContent } from './MeetingSectionContent';
import { MeetingTabs } from './MeetingTabs';
import { StatusBadge } from './SeverityBadge';
import { useQuickAddShortcut } from '../action-items/useQuickAddShortcut';
import { AgendaEditor } from '../agenda/AgendaEditor';
import { ParkingLotCapture } from '../parking-lot/ParkingLotCapture';

/** What a person types into: Escape there is about the field, not the screen. */
const FIELD = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * One open meeting: its title, the section tabs and the current section. Escape (outside a field,
 * and not on the live console) or "Back to meetings" returns to the library with focus on this
 * meeting's row.
 */
export function MeetingOverview() {
  const records = useApp((state) => state.overview.records);
  const error = useApp((state) => state.overview.error);
  const fallbackTitle = useApp(
    (state) => state.meetings.byId[state.overview.meetingId ?? '']?.title ?? 'Meeting',
  );
  const closeMeeting = useApp((state) => state.closeMeeting);
  const section = useApp((state) => state.overview.section);
  const heading = useRef<HTMLHeadingElement>(null);

  // A new screen: move focus to its heading so keyboard and screen reader users start there.
  useEffect(() => heading.current?.focus(), []);
  useQuickAddShortcut();

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('dialog')) return;
      event.preventDefault();
      // Escape in a field leaves the field, text kept; it never leaves the meeting, which would
      // lose what is half-typed. Nor does one on the live console, where a stray key costs the room.
      if (target?.closest(FIELD)) return target.blur();
      if (section === 'live') return;
      closeMeeting();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [closeMeeting, section]);

  const meeting = records?.meeting;
  return (
    <section
      // The console is a cockpit (issue 12 item 7): its own compact header, so the step's work shows.
      className={`screen overview${section === 'live' ? ' overview--live' : ''}`}
      aria-labelledby="overview-title"
    >
      <div className="overview__back">
        {/* Escape leaves only off the live console (see above): the button says so only there. */}
        <Button
          variant="quiet"
          aria-keyshortcuts={section === 'live' ? undefined : 'Escape'}
          onClick={closeMeeting}
        >
          ← Back to meetings
        </Button>
      </div>
      <header className="screen__header screen__header--start">
        <h1 id="overview-title" ref={heading} tabIndex={-1}>
          {meeting?.title ?? fallbackTitle}
        </h1>
        {meeting ? <StatusBadge status={meeting.status} /> : null}
      </header>
      <ErrorMessage error={error} />
      {!records && !error ? <p className="muted">Loading the meeting…</p> : null}
      {records ? (
        <>
          <MeetingTabs />
          <MeetingSectionContent records={records} />
          <AgendaEditor />
          <ParkingLotCapture />
        </>
      ) : null}
    </section>
  );
}

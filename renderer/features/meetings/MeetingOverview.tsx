import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import { AgendaSummary } from './AgendaSummary';
import { ExportBundlePanel } from './ExportBundlePanel';
import { IncidentSummary } from './IncidentSummary';
import { MeetingCounts } from './MeetingCounts';
import { StatusBadge } from './SeverityBadge';

/**
 * One meeting before (or after) it runs: the incident, the agenda and what has been recorded.
 * Escape or "Back to meetings" returns to the library with focus on this meeting's row.
 */
export function MeetingOverview() {
  const records = useApp((state) => state.overview.records);
  const error = useApp((state) => state.overview.error);
  const fallbackTitle = useApp(
    (state) => state.meetings.byId[state.overview.meetingId ?? '']?.title ?? 'Meeting',
  );
  const closeMeeting = useApp((state) => state.closeMeeting);
  const heading = useRef<HTMLHeadingElement>(null);

  // A new screen: move focus to its heading so keyboard and screen reader users start there.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      closeMeeting();
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [closeMeeting]);

  const meeting = records?.meeting;
  return (
    <section className="screen overview" aria-labelledby="overview-title">
      <div className="overview__back">
        <Button variant="quiet" aria-keyshortcuts="Escape" onClick={closeMeeting}>
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
        <div className="overview__grid">
          <IncidentSummary meeting={records.meeting} />
          <div className="overview__side">
            <AgendaSummary steps={records.agenda} />
            <MeetingCounts records={records} />
            <ExportBundlePanel />
          </div>
          <section className="panel panel--placeholder" aria-labelledby="console-placeholder-title">
            <h2 id="console-placeholder-title">Live meeting console — coming next</h2>
            <p className="panel__text">
              Running the agenda with timers, the projector view, the event log and action items are being
              built. This panel marks where they will start; nothing here is live yet.
            </p>
          </section>
        </div>
      ) : null}
    </section>
  );
}

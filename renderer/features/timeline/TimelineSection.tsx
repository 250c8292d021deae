import { useState, type DragEvent } from 'react';
import { hasEventAt } from '../../../shared/domain/timeline/chronologicalOrder';
import { formatZoneLabel } from '../../../shared/domain/timeline/zonedTime';
import type { MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { useNow } from '../meetings/useNow';
import { CaptureRow } from './CaptureRow';
import { EventFilters, filterCount } from './EventFilters';
import { EventTable } from './EventTable';
import { ImportEventsDialog } from './ImportEventsDialog';
import { readImportFiles, type ChosenSource } from './importFile';
import { NumbersPanel } from './NumbersPanel';
import { TimelineStrip } from './TimelineStrip';
import { selectEventsLoadingText } from './eventsLoading';
import { selectLastTypedAt } from './timelineSlice';
import { useEventFilter } from './useEventFilter';
import { useEventLogFacts } from './useEventLogFacts';
import '../../styles/timeline.css';
import '../../styles/timelineNumbers.css';
import '../../styles/timelineImport.css';
import '../../styles/timelineFilters.css';

interface TimelineSectionProps {
  records: MeetingRecords;
  /**
   * Whether the section names itself with an "Event log" heading. Off where the page already
   * does (the console's Event log step), so a screen reader's list of headings has it once.
   */
  showHeading?: boolean;
  /**
   * The capture row and the facts before the numbers and the strip: the console's Event log step
   * walks the facts, so they come first under the timer (the projector shows the strip).
   */
  factsFirst?: boolean;
}

/**
 * The event log of the open meeting: the capture row, the facts in time order, and the numbers
 * derived from them. Records come from the overview (every `meetingChanged` applied to it), so
 * what is shown is always what is committed.
 */
export function TimelineSection({ records, showHeading = true, factsFirst = false }: TimelineSectionProps) {
  const { meeting } = records;
  const lastTypedAt = useApp(selectLastTypedAt);
  const loadingText = useApp(selectEventsLoadingText);
  const now = useNow(60_000);
  const notify = useApp((state) => state.notify);
  // `null`: the dialog is closed; the sources when files were dropped; `undefined` for an empty dialog.
  const [importing, setImporting] = useState<ChosenSource[] | undefined | null>(null);
  const [dropping, setDropping] = useState(false);
  const { events, metrics, flags, layout } = useEventLogFacts(records, now);
  const filter = useEventFilter(events);
  // The offset the incident had, not today's: a winter incident read in summer is still UTC+01:00.
  const zoneAt = meeting.startedAt ?? events[0]?.at ?? now;
  // `+15m` counts from the event typed last here while it is still in the log, else the latest one.
  const previousAt =
    lastTypedAt !== null && hasEventAt(events, lastTypedAt) ? lastTypedAt : (events.at(-1)?.at ?? null);

  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  /**
   * Files dropped anywhere on the event log open the import dialog with them, read and previewed
   * together (the Slack export and the PagerDuty log of one incident).
   */
  async function drop(event: DragEvent) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDropping(false);
    const files = [...event.dataTransfer.files];
    if (files.length === 0) return;
    const read = await readImportFiles(files);
    if ('message' in read) notify({ tone: 'error', message: `Nothing imported: ${read.message}` });
    else setImporting(read);
  }

  // Numbers and red flags of part of the log would be wrong, not early: they wait for the rest.
  const derived = loadingText ? (
    <p className="panel event-log__derived-pending">
      The incident’s numbers and red flags follow once every event is in.
    </p>
  ) : (
    <>
      <NumbersPanel metrics={metrics} flags={flags} timeZone={meeting.timeZone} />
      {layout ? <TimelineStrip layout={layout} timeZone={meeting.timeZone} /> : null}
    </>
  );

  return (
    <div
      className={dropping ? 'event-log event-log--dropping' : 'event-log'}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false);
      }}
      onDrop={(event) => void drop(event)}
    >
      <header className="event-log__header">
        {showHeading ? <h2>Event log</h2> : null}
        <p className="event-log__zone">
          Times in <strong>{formatZoneLabel(meeting.timeZone, zoneAt)}</strong>
          <span className="event-log__count" role={loadingText ? 'status' : undefined}>
            {loadingText ??
              (events.length === 1 ? '1 event' : `${events.length.toLocaleString('en-US')} events`)}
          </span>
        </p>
        <Button onClick={() => setImporting(undefined)} title="Or drop export files onto the event log">
          Import events…
        </Button>
      </header>
      {importing !== null ? (
        <ImportEventsDialog records={records} initial={importing} onClose={() => setImporting(null)} />
      ) : null}
      {factsFirst ? null : derived}
      <CaptureRow meeting={meeting} previousAt={previousAt} />
      <EventFilters
        filter={filter.controls}
        count={filterCount(filter.controls.active, filter.shown.length, events.length)}
      />
      <EventTable
        meeting={meeting}
        events={filter.shown}
        logLength={events.length}
        filtered={filter.controls.active}
        start={metrics.milestones.start}
        resolved={metrics.milestones.resolved}
      />
      {factsFirst ? derived : null}
    </div>
  );
}

import type { ClockFormat } from '../../../shared/domain/format/clock';
import { LANGUAGE_CATEGORY_LABELS } from '../../../shared/domain/coach/language';
import type { ImportWording } from '../../../shared/domain/timeline/sources/importWording';
import type { ImportPlan, PlannedRow } from '../../../shared/domain/timeline/sources/planImport';
import type { SourcesReading } from '../../../shared/domain/timeline/sources/readSources';
import { countOf } from '../../../shared/domain/timeline/sources/summary';
import { repeatedOptions } from '../../../shared/domain/timeline/timeChoice';
import type { RepeatedNote } from '../../../shared/domain/timeline/timeOfDay';
import { formatEventDay, formatEventTime } from '../../../shared/domain/timeline/zonedTime';
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import { originText, statusText, timeNoteText } from './importText';
import '../coach/coach.css';

/** Enough rows to pick from by hand; filters and bulk changes apply to all of them. */
const PREVIEW_ROWS = 300;

interface ImportPreviewProps {
  reading: SourcesReading;
  plan: ImportPlan;
  /** The coach's findings on the rows to import: shown, never a reason to leave one out. */
  wording: readonly ImportWording[];
  timeZone: string;
  /** The meeting's clock, as every time on the console is shown. */
  clock: ClockFormat;
  onToggle(row: PlannedRow): void;
  /** Keeps this row of those several sources tell of one fact, instead of the one kept now. */
  onKeepInstead(row: PlannedRow): void;
  onKind(row: PlannedRow, kind: EventKind): void;
  /** The person picks which reading of a repeated (DST fall-back) time a row takes. */
  onTime(row: PlannedRow, reading: 'earlier' | 'later'): void;
}


/**
 * Which of a repeated wall time's two instants the row takes, to change before import; while the
 * log does not say and the person has not picked, neither is selected.
 */
function RepeatedTimeChoice({
  note,
  label,
  timeZone,
  clock,
  onPick,
}: {
  note: RepeatedNote;
  label: string;
  timeZone: string;
  clock: ClockFormat;
  onPick(reading: 'earlier' | 'later'): void;
}) {
  const [first, second] = repeatedOptions(note, timeZone, clock);
  return (
    <select
      className="import-preview__repeated"
      aria-label={label}
      value={note.by === 'ask' ? '' : note.chosen}
      onChange={(event) => {
        const picked = event.target.value;
        if (picked === 'earlier' || picked === 'later') onPick(picked);
      }}
    >
      {note.by === 'ask' ? <option value="">Which one?</option> : null}
      <option value="earlier">{first?.label}</option>
      <option value="later">{second?.label}</option>
    </select>
  );
}

/** A row's time as read, what is worth knowing about it, and the pick of a repeated one. */
function RowTime({
  planned,
  unit,
  timeZone,
  clock,
  onTime,
}: {
  planned: PlannedRow;
  unit: string;
  timeZone: string;
  clock: ClockFormat;
  onTime: ImportPreviewProps['onTime'];
}) {
  const { candidate, row } = planned;
  const note = candidate.time ? timeNoteText(candidate.time, row.at, timeZone, clock) : '';
  return (
    <>
      {formatEventDay(row.at, timeZone)} {formatEventTime(row.at, timeZone, clock)}
      {note ? <span className="import-preview__flag">{note}</span> : null}
      {candidate.time?.kind === 'repeated' ? (
        <RepeatedTimeChoice
          note={candidate.time}
          label={`Which ${formatEventTime(row.at, timeZone, clock)} for ${unit} ${candidate.line}`}
          timeZone={timeZone}
          clock={clock}
          onPick={(picked) => onTime(planned, picked)}
        />
      ) : null}
    </>
  );
}

function Who({ planned }: { planned: PlannedRow }) {
  const { candidate, row } = planned;
  if (candidate.person === null) return <>{row.actor || '—'}</>;
  if (row.actor !== '' && row.actor !== candidate.actor) return <>{row.actor}</>;
  return <span className="import-preview__unmapped">no actor ({candidate.person} not mapped)</span>;
}

/** The rows an import would write, each with its time, kind, actor and why it is left out. */
export function ImportPreview({ reading, plan, wording, timeZone, clock, onToggle, onKeepInstead, onKind, onTime }: ImportPreviewProps) {
  const several = reading.parts.length > 1;
  const unit = reading.numberedBy ?? reading.unit;
  const Unit = `${unit.charAt(0).toUpperCase()}${unit.slice(1)}`;
  const shown = plan.rows.slice(0, PREVIEW_ROWS);
  // Import waits for every repeated time to be picked, so those past the table's cap are listed
  // above it; picked ones stay, to be changed again.
  const laterTimes = plan.rows.slice(PREVIEW_ROWS).filter(({ candidate }) => candidate.time?.kind === 'repeated');
  const wordingOf = (line: number) => wording.filter((found) => found.line === line);
  return (
    <section className="import-preview" aria-label="Preview">
      {reading.errors.length > 0 ? (
        <ul className="import-preview__errors" aria-label="Rows that cannot be read">
          {reading.errors.map((error) => (
            <li key={`${error.line}:${error.message}`}>
              {error.line === 0 ? error.message : `${error.where ?? Unit} ${error.line}: ${error.message}`}
            </li>
          ))}
        </ul>
      ) : null}
      {wording.length > 0 ? (
        <div className="coach-hint import-preview__wording">
          <p>
            The coach would word {countOf(new Set(wording.map((found) => found.line)).size, 'row')} differently. They
            import as they are; you can edit them in the log afterwards.
          </p>
          <ul className="coach-hint__list" aria-label="Blameless wording of the rows to import">
            {wording.map(({ line, finding }) => (
              <li key={`${line}:${finding.category}:${finding.start}`} className="coach-hint__item">
                {Unit} {line}: <q className="coach-hint__span">{finding.span}</q>{' '}
                <strong>{LANGUAGE_CATEGORY_LABELS[finding.category]}.</strong> <span>{finding.reframing}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {laterTimes.length > 0 ? (
        <ul className="import-preview__later-times" aria-label={`Times to choose past the first ${PREVIEW_ROWS} rows`}>
          {laterTimes.map((planned) => (
            <li key={planned.candidate.line}>
              {Unit} {planned.candidate.line}, {planned.row.description}:{' '}
              <RowTime planned={planned} unit={unit} timeZone={timeZone} clock={clock} onTime={onTime} />
            </li>
          ))}
        </ul>
      ) : null}
      {plan.rows.length > 0 ? (
        <div className="import-preview__scroll">
          <table className="import-preview__rows">
            <caption className="visually-hidden">Rows to import</caption>
            <thead>
              <tr>
                <th scope="col">Import</th>
                {several ? <th scope="col">Source</th> : null}
                <th scope="col">Time</th>
                <th scope="col">Kind</th>
                <th scope="col">What happened</th>
                <th scope="col">Actor</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((planned) => {
                const { candidate, row, status } = planned;
                const why = statusText(status);
                const coached = status.kind === 'import' ? wordingOf(candidate.line) : [];
                return (
                  <tr key={candidate.line} className={status.kind === 'import' ? undefined : 'import-preview__left-out'}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Import ${unit} ${candidate.line}`}
                        checked={status.kind === 'import'}
                        disabled={status.kind === 'duplicate'}
                        onChange={() => onToggle(planned)}
                      />
                    </td>
                    {several ? <td className="import-preview__source">{originText(candidate.origin)}</td> : null}
                    <td className="import-preview__time">
                      <RowTime planned={planned} unit={unit} timeZone={timeZone} clock={clock} onTime={onTime} />
                    </td>
                    <td>
                      <select
                        aria-label={`Kind of ${unit} ${candidate.line}`}
                        value={row.kind}
                        onChange={(event) => onKind(planned, event.target.value as EventKind)}
                      >
                        {EVENT_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {EVENT_KIND_LABELS[kind]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {row.description}
                      {why ? <span className="import-preview__why">{why}</span> : null}
                      {status.kind === 'import' && planned.twinGroup !== null ? (
                        <span className="import-preview__why">kept of the rows that tell this in several files</span>
                      ) : null}
                      {status.kind === 'twin' ? (
                        <Button
                          variant="quiet"
                          aria-label={`Keep ${unit} ${candidate.line} instead`}
                          onClick={() => onKeepInstead(planned)}
                        >
                          Keep this one instead
                        </Button>
                      ) : null}
                      {coached.length > 0 ? (
                        <span className="import-preview__coach">
                          wording: {[...new Set(coached.map(({ finding }) => LANGUAGE_CATEGORY_LABELS[finding.category]))].join(', ')}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <Who planned={planned} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {plan.rows.length > shown.length ? (
            <p className="import-preview__more">
              Showing the first {shown.length} of {countOf(plan.rows.length, reading.unit)}
              {laterTimes.length > 0 ? ` (and, above, the ${laterTimes.length} later with a time to choose)` : ''}; the
              filters and kind changes apply to all.
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import {
  keepInstead,
  planImport,
  type ImportChoices,
  type PlannedRow,
} from '../../../shared/domain/timeline/sources/planImport';
import { meetingContext } from '../../../shared/domain/coach/meetingFindings';
import { importWording } from '../../../shared/domain/timeline/sources/importWording';
import { joinDayFiles } from '../../../shared/domain/timeline/sources/joinDayFiles';
import { readSources, rowKey, type ImportSource } from '../../../shared/domain/timeline/sources/readSources';
import { countOf, readingSummary } from '../../../shared/domain/timeline/sources/summary';
import { PARTICIPANT_ROLE_LABELS, type EventKind } from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { FileButton } from '../../components/FileButton';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';
import { readImportFiles, type ChosenSource } from './importFile';
import { ImportNoise } from './ImportNoise';
import { ImportPeople } from './ImportPeople';
import { ImportPreview } from './ImportPreview';
import { ReadAs } from './ReadAs';
import { changesDay, needsChoice } from './importText';
import { choicesOfPicks } from './rowPicks';

const ACCEPT = '.json,.csv,.txt,.log,.ndjson,.zip,text/*,application/json,application/zip';

interface ImportEventsDialogProps {
  records: MeetingRecords;
  /** Files dropped onto the event log, already read. */
  initial?: ChosenSource[] | null;
  onClose(): void;
}

const toggled = (set: ReadonlySet<string>, keys: readonly string[], on: boolean) => {
  const next = new Set(set);
  for (const key of keys) {
    if (on) next.add(key);
    else next.delete(key);
  }
  return next;
};

/**
 * Import events from a tool's export (Slack, PagerDuty, Alertmanager, Opsgenie, Grafana), a CSV or
 * JSON file, or pasted chat or lines; several files at once are previewed together, merged in time
 * order. The preview runs the reader and the plan the core runs, with the same choices, so what
 * it lists is exactly what Import adds; nothing is written until Import.
 */
export function ImportEventsDialog({ records, initial = null, onClose }: ImportEventsDialogProps) {
  const { meeting } = records;
  const importEvents = useApp((state) => state.importEvents);
  const clock = useApp(selectMeetingClock);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ChosenSource[]>(initial ?? []);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // The reading picked for each source, by its place; detected where none is.
  const [readingChoices, setReadingChoices] = useState<Record<number, string>>({});
  // The mapping remembered with the meeting by earlier imports (of any source), to start from.
  const [people, setPeople] = useState(() =>
    Object.fromEntries(
      records.importPeople.filter((mapped) => mapped.deletedAt === null).map((mapped) => [mapped.person, mapped.role]),
    ),
  );
  // What is set on single rows, by each row's key in its own source (rowPicks.ts).
  const [kinds, setKinds] = useState<Record<string, EventKind>>({});
  const [include, setInclude] = useState<ReadonlySet<string>>(new Set());
  const [exclude, setExclude] = useState<ReadonlySet<string>>(new Set());
  const [keyword, setKeyword] = useState('');
  const [markedOnly, setMarkedOnly] = useState(false);
  const [times, setTimes] = useState<Record<string, 'earlier' | 'later'>>({});
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const [now] = useState(() => Date.now());

  const sources = useMemo((): ImportSource[] | null => {
    const given = chosen.length > 0 ? chosen : text.trim() === '' ? null : [{ name: '', files: [{ name: '', text }] }];
    return given?.map((source, index) => ({ ...source, ...(readingChoices[index] ? { reading: readingChoices[index] } : {}) })) ?? null;
  }, [chosen, text, readingChoices]);
  const reading = useMemo(
    () =>
      sources === null
        ? null
        : readSources(sources, { timeZone: meeting.timeZone, incidentStartAt: meeting.startedAt, now }, times),
    [sources, meeting.timeZone, meeting.startedAt, now, times],
  );
  const choices = useMemo(
    (): ImportChoices | null =>
      reading === null
        ? null
        : { people, ...choicesOfPicks(reading.candidates, { kinds, include, exclude }), keyword, markedOnly, times },
    [reading, people, kinds, include, exclude, keyword, markedOnly, times],
  );
  const plan = useMemo(
    () => (reading === null || choices === null ? null : planImport(reading.candidates, choices, records.timeline)),
    [reading, choices, records.timeline],
  );
  const wording = useMemo(
    () => (plan === null ? [] : importWording(plan.toImport, plan.people, meetingContext(records))),
    [plan, records],
  );
  const suggestions = useMemo(
    () =>
      [
        ...new Set([
          ...records.timeline.map((event) => event.actor).filter(Boolean),
          ...records.participants.map((participant) => PARTICIPANT_ROLE_LABELS[participant.role]),
        ]),
      ].sort(),
    [records.timeline, records.participants],
  );

  const wholeInputBad = reading?.errors.some((rowError) => rowError.line === 0) ?? false;
  const count = plan?.toImport.length ?? 0;
  // A repeated hour's time the log cannot place is asked, not guessed: Import waits for the pick.
  const unpicked =
    plan?.rows.filter(({ candidate, status }) => status.kind === 'import' && needsChoice(candidate.time)).length ?? 0;
  const canImport =
    reading !== null && count > 0 && unpicked === 0 && !wholeInputBad && (reading.errors.length === 0 || skipBadRows);

  /** Another reading starts the rows over: another reading's row 12 is not this one's. */
  function resetRows() {
    setKinds({});
    setInclude(new Set());
    setExclude(new Set());
    setTimes({});
    setError(null);
  }

  /** A new source starts over, its readings too. */
  function resetChoices() {
    resetRows();
    setReadingChoices({});
  }

  /** Files picked are added to those chosen: the Slack export, then the PagerDuty log (a channel's next day file joins its others). */
  async function chooseFiles(files: File[]) {
    setFileProblem(null);
    const read = await readImportFiles(files);
    if ('message' in read) return setFileProblem(read.message);
    resetChoices();
    setChosen((current) => joinDayFiles([...current, ...read]));
  }

  function toggle({ candidate, status }: PlannedRow) {
    const on = status.kind !== 'import';
    setInclude((set) => toggled(set, [rowKey(candidate)], on));
    setExclude((set) => toggled(set, [rowKey(candidate)], !on));
  }

  function keep(planned: PlannedRow) {
    if (plan === null) return;
    const keyOfLine = new Map(plan.rows.map(({ candidate }) => [candidate.line, rowKey(candidate)]));
    const keysOf = (lines: number[]) => lines.map((line) => keyOfLine.get(line)!);
    const { include: kept, exclude: others } = keepInstead(plan, planned);
    setInclude((set) => toggled(toggled(set, keysOf(others), false), keysOf(kept), true));
    setExclude((set) => toggled(toggled(set, keysOf(kept), false), keysOf(others), true));
  }

  function changeKinds(from: EventKind, to: EventKind) {
    const keys = plan?.rows.filter((planned) => planned.row.kind === from).map((planned) => rowKey(planned.candidate)) ?? [];
    setKinds((current) => ({ ...current, ...Object.fromEntries(keys.map((key) => [key, to])) }));
  }

  async function submit() {
    if (!canImport || saving || sources === null || reading === null || choices === null) return;
    setSaving(true);
    // Each source as it was read here, so the core reads it the same way.
    const read = sources.map((source, index) => ({ ...source, reading: reading.parts[index]!.reading }));
    const result = await importEvents({ sources: read, choices, skipBadRows });
    setSaving(false);
    if (result.ok) onClose();
    else setError(result.error);
  }

  const presentKinds = [...new Set(plan?.rows.map((planned) => planned.row.kind) ?? [])];
  const leftOut = plan ? plan.rows.length - count : 0;
  const changedDay = plan?.rows.filter(({ candidate }) => changesDay(candidate.time)).length ?? 0;

  return (
    <Dialog title="Import events" onClose={onClose} className="import-dialog">
      <div className="form">
        <div className="import-dialog__source">
          <FileButton inputLabel="Export files to import" accept={ACCEPT} onFiles={(files) => void chooseFiles(files)}>
            {chosen.length > 0 ? 'Add files…' : 'Choose files…'}
          </FileButton>
          <p className="import-dialog__file" aria-live="polite">
            {chosen.length > 0 ? (
              <>
                {chosen.map((source, index) => (
                  <span key={`${index}:${source.name}`} className="import-dialog__file-name">
                    {index > 0 ? ', ' : null}
                    <strong>{source.name}</strong>
                    {source.files.length > 1 ? ` (${source.files.length} files)` : ''}
                  </span>
                ))}{' '}
                <Button
                  variant="quiet"
                  onClick={() => {
                    resetChoices();
                    setChosen([]);
                  }}
                >
                  Clear
                </Button>
              </>
            ) : (
              'No file chosen: paste below, choose exports (several at once are read together), or drop them on the event log.'
            )}
          </p>
          {fileProblem ? (
            <p className="field__error" role="alert">
              {fileProblem}
            </p>
          ) : null}
        </div>
        {chosen.length === 0 ? (
          <Field
            label="Paste the events"
            hint={
              <>
                Chat as copied (<code>[09:31] dana: text</code>, Slack or Teams), or one event per line (
                <code>09:31:05 alert fired</code>, <code>+20m</code>), CSV or JSON. Times are read in{' '}
                {meeting.timeZone}; a time past midnight moves to the next day.
              </>
            }
          >
            {(control) => (
              <textarea
                {...control}
                data-autofocus
                rows={6}
                spellCheck={false}
                value={text}
                onChange={(event) => {
                  resetChoices();
                  setText(event.target.value);
                }}
              />
            )}
          </Field>
        ) : null}
        {reading && plan ? (
          <>
            <div className="import-dialog__reading">
              <p className="import-preview__summary" role="status">
                {readingSummary(reading, count)} to import
                {leftOut > 0 ? `, ${leftOut} left out` : ''}
                {changedDay > 0 ? `; ${changedDay === 1 ? '1 time changes' : `${changedDay} times change`} day, marked below` : ''}
                {unpicked > 0
                  ? `; ${unpicked === 1 ? '1 time' : `${unpicked} times`} in the hour the clocks went back ${unpicked === 1 ? 'needs' : 'need'} your choice below`
                  : ''}
                {reading.errors.length > 0 ? `; ${countOf(reading.errors.length, 'problem')}` : ''}.
              </p>
              {reading.parts.map((part, index) => (
                <ReadAs
                  key={`${index}:${part.name}`}
                  part={part}
                  named={reading.parts.length > 1}
                  onChange={(choice) => {
                    resetRows();
                    setReadingChoices((current) => ({ ...current, [index]: choice }));
                  }}
                />
              ))}
            </div>
            <ImportPeople
              people={plan.people}
              mapping={people}
              suggestions={suggestions}
              onChange={(person, role) => setPeople((current) => ({ ...current, [person]: role }))}
            />
            {plan.rows.length > 0 ? (
              <ImportNoise
                keyword={keyword}
                markedOnly={markedOnly}
                anyMarked={reading.candidates.some((candidate) => candidate.marked)}
                kinds={presentKinds}
                onKeyword={setKeyword}
                onMarkedOnly={setMarkedOnly}
                onChangeKinds={changeKinds}
              />
            ) : null}
            <ImportPreview
              reading={reading}
              plan={plan}
              wording={wording}
              timeZone={meeting.timeZone}
              clock={clock}
              onToggle={toggle}
              onKeepInstead={keep}
              onKind={(planned, kind) => setKinds((current) => ({ ...current, [rowKey(planned.candidate)]: kind }))}
              onTime={(planned, picked) => setTimes((current) => ({ ...current, [rowKey(planned.candidate)]: picked }))}
            />
          </>
        ) : null}
        {reading && reading.errors.length > 0 && !wholeInputBad ? (
          <label className="import-dialog__skip">
            <input type="checkbox" checked={skipBadRows} onChange={(event) => setSkipBadRows(event.target.checked)} />
            Skip the rows that cannot be read and import the rest
          </label>
        ) : null}
        <ErrorMessage error={error} />
        <div className="dialog__buttons">
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" disabled={!canImport || saving} onClick={() => void submit()}>
            {canImport ? `Import ${countOf(count, 'event')}` : 'Import'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

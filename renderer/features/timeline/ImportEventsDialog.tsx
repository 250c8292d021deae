import { useMemo, useState } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import {
  planImport,
  unplacedTimes,
  type ImportChoices,
} from '../../../shared/domain/timeline/sources/planImport';
import { readSources } from '../../../shared/domain/timeline/sources/readSources';
import { countOf } from '../../../shared/domain/timeline/sources/summary';
import type { MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import type { ChosenSource } from './importFile';
import { ImportReview } from './ImportReview';
import { ImportSourceFields } from './ImportSourceFields';
import { choicesOfPicks } from './rowPicks';
import { useImportSources } from './useImportSources';
import { useRowPicks } from './useRowPicks';

interface ImportEventsDialogProps {
  records: MeetingRecords;
  /** Files dropped onto the event log, already read. */
  initial?: ChosenSource[] | null;
  onClose(): void;
}

/**
 * Import events from a tool's export (Slack, PagerDuty, Alertmanager, Opsgenie, Grafana), a CSV or
 * JSON file, or pasted chat or lines; several files at once are previewed together, merged in time
 * order. The preview runs the reader and the plan the core runs, with the same choices, so what
 * it lists is exactly what Import adds; nothing is written until Import.
 */
export function ImportEventsDialog({ records, initial = null, onClose }: ImportEventsDialogProps) {
  const { meeting } = records;
  const importEvents = useApp((state) => state.importEvents);
  // The mapping remembered with the meeting by earlier imports (of any source), to start from.
  const [people, setPeople] = useState(() =>
    Object.fromEntries(
      records.importPeople
        .filter((mapped) => mapped.deletedAt === null)
        .map((mapped) => [mapped.person, mapped.role]),
    ),
  );
  const rows = useRowPicks();
  const [keyword, setKeyword] = useState('');
  const [markedOnly, setMarkedOnly] = useState(false);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const [now] = useState(() => Date.now());
  const input = useImportSources(initial, () => {
    rows.startOver();
    setError(null);
  });
  const { sources } = input;
  const { picks, times } = rows;

  const reading = useMemo(
    () =>
      sources === null
        ? null
        : readSources(
            sources,
            { timeZone: meeting.timeZone, incidentStartAt: meeting.startedAt, now },
            { rows: times },
          ),
    [sources, meeting.timeZone, meeting.startedAt, now, times],
  );
  const choices = useMemo(
    (): ImportChoices | null =>
      reading === null
        ? null
        : { people, ...choicesOfPicks(reading.candidates, picks), keyword, markedOnly, times },
    [reading, people, picks, keyword, markedOnly, times],
  );
  const plan = useMemo(
    () =>
      reading === null || choices === null ? null : planImport(reading.candidates, choices, records.timeline),
    [reading, choices, records.timeline],
  );

  const wholeInputBad = reading?.errors.some((rowError) => rowError.line === 0) ?? false;
  const count = plan?.toImport.length ?? 0;
  // A repeated hour's time the log cannot place is asked, not guessed: Import waits for the pick.
  const unpicked = plan ? unplacedTimes(plan).length : 0;
  const canImport =
    reading !== null &&
    count > 0 &&
    unpicked === 0 &&
    !wholeInputBad &&
    (reading.errors.length === 0 || skipBadRows);

  async function submit() {
    if (!canImport || saving || sources === null || reading === null || choices === null) return;
    setSaving(true);
    // Each source as it was read here, so the core reads it the same way.
    const read = sources.map((source, index) => ({ ...source, reading: reading.parts[index]!.reading }));
    // Read at the preview's time: what Import writes is what the preview showed, past midnight too.
    const result = await importEvents({ sources: read, choices, skipBadRows, readAt: now });
    setSaving(false);
    if (result.ok) onClose();
    else setError(result.error);
  }

  return (
    <Dialog title="Import events" onClose={onClose} className="import-dialog">
      <div className="form">
        <ImportSourceFields source={input} timeZone={meeting.timeZone} />
        {reading && plan ? (
          <ImportReview
            records={records}
            reading={reading}
            plan={plan}
            people={people}
            onPerson={(person, role) => setPeople((current) => ({ ...current, [person]: role }))}
            keyword={keyword}
            markedOnly={markedOnly}
            onKeyword={setKeyword}
            onMarkedOnly={setMarkedOnly}
            rows={rows}
            onReadAs={input.readAs}
          />
        ) : null}
        {reading && reading.errors.length > 0 && !wholeInputBad ? (
          <label className="import-dialog__skip">
            <input
              type="checkbox"
              checked={skipBadRows}
              onChange={(event) => setSkipBadRows(event.target.checked)}
            />
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

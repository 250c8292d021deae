import { useMemo, useState, type ChangeEvent } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import {
  importFormatOfFileName,
  MAX_IMPORT_CHARS,
  overImportLimit,
  parseImportText,
  withoutDuplicates,
  type ImportFormat,
} from '../../../shared/domain/timeline/importRows';
import type { Meeting, TimelineEvent } from '../../../shared/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useApp } from '../../store/useApp';
import { ImportPreview } from './ImportPreview';

const FORMAT_LABELS: Record<ImportFormat, string> = {
  text: 'Text, one event per line',
  csv: 'CSV with a header row',
  json: 'JSON array of events',
};

/**
 * Import events from a pasted log or a CSV/JSON export. The preview runs the same parser the
 * core runs, and leaves out the rows already in the log as the core does, so what it counts is
 * exactly what Import adds; nothing is written until Import.
 */
export function ImportEventsDialog({
  meeting,
  existing,
  onClose,
}: {
  meeting: Meeting;
  /** The meeting's event log: rows already in it are skipped. */
  existing: readonly TimelineEvent[];
  onClose: () => void;
}) {
  const importEvents = useApp((state) => state.importEvents);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<ImportFormat>('text');
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const [now] = useState(() => Date.now());

  const parsed = useMemo(
    () =>
      text.trim() === ''
        ? null
        : parseImportText(text, format, {
            timeZone: meeting.timeZone,
            incidentStartAt: meeting.startedAt,
            now,
          }),
    [text, format, meeting.timeZone, meeting.startedAt, now],
  );
  const duplicates = useMemo(
    () => (parsed ? withoutDuplicates(parsed.rows, existing).duplicates.length : 0),
    [parsed, existing],
  );
  const fresh = (parsed?.rows.length ?? 0) - duplicates;
  const wholeInputBad = parsed?.errors.some((rowError) => rowError.line === 0) ?? false;
  const canImport =
    parsed !== null && fresh > 0 && !wholeInputBad && (parsed.errors.length === 0 || skipBadRows);

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileProblem(null);
    // Checked before reading: a 50 MB file would stall the window for nothing.
    if (file.size > MAX_IMPORT_CHARS) return setFileProblem(`${file.name} is ${overImportLimit(file.size)}.`);
    setFormat(importFormatOfFileName(file.name));
    setText(await file.text());
    // The input is emptied so the same file can be read again; the name is said here instead.
    setFileName(file.name);
  }

  async function submit() {
    if (!canImport || saving) return;
    setSaving(true);
    const result = await importEvents(text, format, skipBadRows);
    setSaving(false);
    if (result.ok) onClose();
    else setError(result.error);
  }

  return (
    <Dialog title="Import events" onClose={onClose} className="import-dialog">
      <div className="form">
        <div className="import-dialog__source">
          <Field label="Format">
            {(control) => (
              <select
                {...control}
                value={format}
                onChange={(event) => setFormat(event.target.value as ImportFormat)}
              >
                {(Object.keys(FORMAT_LABELS) as ImportFormat[]).map((value) => (
                  <option key={value} value={value}>
                    {FORMAT_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Or read a file" hint={fileName ? `Read ${fileName}.` : undefined} error={fileProblem}>
            {(control) => (
              <input {...control} type="file" accept=".csv,.json,.txt,.log,text/*" onChange={chooseFile} />
            )}
          </Field>
        </div>
        <Field
          label="Paste the events"
          hint={
            <>
              Text: <code>09:31:05 alert fired: high_api_latency</code>, optionally <code>detection: …</code>{' '}
              after the time. CSV/JSON: columns <code>time</code> and <code>description</code>, optional{' '}
              <code>kind</code>, <code>outcome</code>, <code>actor</code>, <code>evidence</code> (or common
              names: timestamp, message, type, team, url). Times are read in {meeting.timeZone}.
            </>
          }
        >
          {(control) => (
            <textarea
              {...control}
              data-autofocus
              rows={8}
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        {parsed ? (
          <ImportPreview
            parsed={parsed}
            duplicates={duplicates}
            format={format}
            timeZone={meeting.timeZone}
          />
        ) : null}
        {parsed && parsed.errors.length > 0 && !wholeInputBad ? (
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
            {canImport ? `Import ${fresh} ${fresh === 1 ? 'event' : 'events'}` : 'Import'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FileButton } from '../../components/FileButton';
import type { ImportSources } from './useImportSources';

const ACCEPT = '.json,.csv,.txt,.log,.ndjson,.zip,text/*,application/json,application/zip';

interface ImportSourceFieldsProps {
  source: ImportSources;
  /** The meeting's time zone, in which pasted times are read. */
  timeZone: string;
}

/** Where the import's events come from: export files chosen (several at once), or text pasted while none is. */
export function ImportSourceFields({ source, timeZone }: ImportSourceFieldsProps) {
  const { chosen, fileProblem } = source;
  return (
    <>
      <div className="import-dialog__source">
        <FileButton
          inputLabel="Export files to import"
          accept={ACCEPT}
          onFiles={(files) => void source.addFiles(files)}
        >
          {chosen.length > 0 ? 'Add files…' : 'Choose files…'}
        </FileButton>
        <p className="import-dialog__file" aria-live="polite">
          {chosen.length > 0 ? (
            <>
              {chosen.map((chosenSource, index) => (
                <span key={`${index}:${chosenSource.name}`} className="import-dialog__file-name">
                  {index > 0 ? ', ' : null}
                  <strong>{chosenSource.name}</strong>
                  {chosenSource.files.length > 1 ? ` (${chosenSource.files.length} files)` : ''}
                </span>
              ))}{' '}
              <Button variant="quiet" onClick={source.clear}>
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
              <code>09:31:05 alert fired</code>, <code>+20m</code>), CSV or JSON. Times are read in {timeZone}
              ; a time past midnight moves to the next day.
            </>
          }
        >
          {(control) => (
            <textarea
              {...control}
              data-autofocus
              rows={6}
              spellCheck={false}
              value={source.text}
              onChange={(event) => source.paste(event.target.value)}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}

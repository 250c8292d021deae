import { useState, type FormEvent, type ReactNode } from 'react';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { parseEventTime } from '../../../shared/domain/timeline/parseEventTime';
import { QUESTIONS, type Question } from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import type { CaptureMethod } from '../../../shared/contract/join';
import { useDraft } from './drafts';

type Capture = (method: CaptureMethod, input: Record<string, unknown>) => void;

/** What capturing into the joined meeting takes: its records, the call that sends a capture, the hub's clock. */
interface CaptureProps {
  records: MeetingRecords;
  capture: Capture;
  hubNow(): number;
}

/** One capture form: its fields, a submit button, and a line saying what was kept. */
function CaptureForm({
  title,
  submitLabel,
  onSubmit,
  children,
}: {
  title: string;
  submitLabel: string;
  /** Answers a problem to show, or null when the capture was kept. */
  onSubmit(): string | null;
  children: ReactNode;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [kept, setKept] = useState(0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = onSubmit();
    setProblem(found);
    if (!found) setKept((count) => count + 1);
  };
  return (
    <form className="note-taker__capture" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      {children}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="note-taker__capture-actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        {/* Kept in this browser's outbox first: where to see it, and how many so far. */}
        {kept > 0 && !problem ? (
          <span role="status">Kept ({kept} so far), listed under Your captures.</span>
        ) : null}
      </div>
    </form>
  );
}

/** A two-line text box with its label: what a note-taker types into. */
function TextField(props: {
  label: string;
  maxLength: number;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label}>
      {(control) => (
        <textarea
          {...control}
          rows={2}
          maxLength={props.maxLength}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

function EventCapture({ records, capture, hubNow }: CaptureProps) {
  const [time, setTime] = useDraft('event.time');
  const [description, setDescription] = useDraft('event.description');
  const last = records.timeline.reduce<number | null>(
    (latest, event) => Math.max(latest ?? 0, event.at),
    null,
  );
  return (
    <CaptureForm
      title="Timeline event"
      submitLabel="Add event"
      onSubmit={() => {
        const at = parseEventTime(time, {
          timeZone: records.meeting.timeZone,
          previousAt: last,
          incidentStartAt: records.meeting.startedAt,
          now: hubNow(),
        });
        if (!at.ok) return at.message;
        if (description.trim() === '') return 'Say what happened.';
        capture('timeline.add', { at: at.at, description: description.trim() });
        setDescription('');
        setTime('');
        return null;
      }}
    >
      <>
        <Field label="When" hint={`In ${records.meeting.timeZone}, e.g. 09:31 or +15m`}>
          {(control) => <input {...control} value={time} onChange={(e) => setTime(e.target.value)} />}
        </Field>
        <TextField label="What happened" maxLength={5000} value={description} onChange={setDescription} />
      </>
    </CaptureForm>
  );
}

function QuestionSelect({
  value,
  onChange,
  allowNone,
}: {
  value: Question | '';
  onChange(value: Question | ''): void;
  allowNone: boolean;
}) {
  return (
    <Field label="Question">
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as Question | '')}>
          {allowNone ? <option value="">None</option> : null}
          {QUESTIONS.map((question) => (
            <option key={question} value={question}>
              {QUESTION_LABELS[question]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function ActionCapture({ capture }: { capture: Capture }) {
  const [title, setTitle] = useDraft('action.title');
  const [question, setQuestion] = useState<Question | ''>('');
  return (
    <CaptureForm
      title="Action item"
      submitLabel="Add action item"
      onSubmit={() => {
        if (title.trim() === '') return 'Name the action.';
        capture('actionItems.add', { title: title.trim(), ...(question ? { question } : {}) });
        setTitle('');
        return null;
      }}
    >
      <>
        <Field label="Action">
          {(control) => (
            <input {...control} maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />
          )}
        </Field>
        <QuestionSelect value={question} onChange={setQuestion} allowNone />
      </>
    </CaptureForm>
  );
}

function TextCapture({
  draft,
  title,
  label,
  submitLabel,
  onCapture,
  extra,
}: {
  /** The draft's name: what is typed survives a reload until it is submitted. */
  draft: string;
  title: string;
  label: string;
  submitLabel: string;
  onCapture(text: string): void;
  extra?: ReactNode;
}) {
  const [text, setText] = useDraft(draft);
  return (
    <CaptureForm
      title={title}
      submitLabel={submitLabel}
      onSubmit={() => {
        if (text.trim() === '') return 'Type something first.';
        onCapture(text.trim());
        setText('');
        return null;
      }}
    >
      <>
        {extra}
        <TextField label={label} maxLength={2000} value={text} onChange={setText} />
      </>
    </CaptureForm>
  );
}

/** The four things a note-taker captures: timeline events, action items, parked remarks, question notes. */
export function CaptureForms({ records, capture, hubNow }: CaptureProps) {
  const [question, setQuestion] = useState<Question | ''>('remediate');
  return (
    <section className="note-taker__captures" aria-label="Capture">
      <EventCapture records={records} capture={capture} hubNow={hubNow} />
      <ActionCapture capture={capture} />
      <TextCapture
        draft="parkingLot.text"
        title="Parking lot"
        label="Off-topic remark"
        submitLabel="Park it"
        onCapture={(text) => capture('parkingLot.add', { text })}
      />
      <TextCapture
        draft="questionNote.text"
        title="Question note"
        label="Note"
        submitLabel="Add note"
        extra={<QuestionSelect value={question} onChange={setQuestion} allowNone={false} />}
        onCapture={(text) => capture('questionNotes.add', { question: question || 'remediate', text })}
      />
    </section>
  );
}

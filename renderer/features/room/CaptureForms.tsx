import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { parseEventTime } from '../../../shared/domain/timeline/parseEventTime';
import { QUESTIONS, type Question } from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import type { CaptureMethod } from '../../../shared/contract/join';
import { CAPTURE_FORMS, type PutBackRefusal } from './captureDrafts';
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
  putBack,
  children,
}: {
  title: string;
  submitLabel: string;
  /** Answers a problem to show, or null when the capture was kept. */
  onSubmit(): string | null;
  /** A refusal just put back into this form: its reason shows until the next submit. */
  putBack: PutBackRefusal | null;
  children: ReactNode;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [kept, setKept] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  // The note-taker asked to fix it: the keyboard lands on the form's first field to type in.
  useEffect(() => {
    if (putBack) form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [putBack]);
  const shown = problem ?? putBack?.reason ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = onSubmit();
    setProblem(found);
    if (!found) setKept((count) => count + 1);
  };
  return (
    <form ref={form} className="note-taker__capture" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      {children}
      {shown ? (
        <p className="field__error" role="alert">
          {shown}
        </p>
      ) : null}
      <div className="note-taker__capture-actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        {/* Kept in this browser's outbox first: where to see it, and how many so far. */}
        {kept > 0 && !shown ? (
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

/** A form's props: what capturing takes, and the refusal put back into it, if any. */
type FormProps = CaptureProps & { putBack: PutBackRefusal | null };

const EVENT = CAPTURE_FORMS['timeline.add'];
const ACTION = CAPTURE_FORMS['actionItems.add'];
const REMARK = CAPTURE_FORMS['parkingLot.add'];
const NOTE = CAPTURE_FORMS['questionNotes.add'];

function EventCapture({ records, capture, hubNow, putBack }: FormProps) {
  const [time, setTime] = useDraft(EVENT.typed.at);
  const [description, setDescription] = useDraft(EVENT.typed.description);
  const last = records.timeline.reduce<number | null>(
    (latest, event) => Math.max(latest ?? 0, event.at),
    null,
  );
  return (
    <CaptureForm
      title={EVENT.title}
      submitLabel="Add event"
      putBack={putBack}
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

/** A question picked in a form, kept as a draft like its text; anything else stored reads as `fallback`. */
function useQuestionDraft(
  field: string,
  fallback: Question | '',
): [Question | '', (value: Question | '') => void] {
  const [value, setValue] = useDraft(field);
  return [(QUESTIONS as readonly string[]).includes(value) ? (value as Question) : fallback, setValue];
}

function ActionCapture({ capture, putBack }: Pick<FormProps, 'capture' | 'putBack'>) {
  const [title, setTitle] = useDraft(ACTION.typed.title);
  const [question, setQuestion] = useQuestionDraft(ACTION.chosen.question, '');
  return (
    <CaptureForm
      title={ACTION.title}
      submitLabel="Add action item"
      putBack={putBack}
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
  form,
  label,
  submitLabel,
  onCapture,
  putBack,
  extra,
}: {
  /** The form's title and the draft its text is kept in: it survives a reload until submitted. */
  form: { title: string; typed: { text: string } };
  label: string;
  submitLabel: string;
  onCapture(text: string): void;
  putBack: PutBackRefusal | null;
  extra?: ReactNode;
}) {
  const [text, setText] = useDraft(form.typed.text);
  return (
    <CaptureForm
      title={form.title}
      submitLabel={submitLabel}
      putBack={putBack}
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

/**
 * The four things a note-taker captures: timeline events, action items, parked remarks, question
 * notes. `putBack` is the refusal last put back into one of them (NoteTakerView), or null.
 */
export function CaptureForms({
  records,
  capture,
  hubNow,
  putBack = null,
}: CaptureProps & { putBack?: PutBackRefusal | null }) {
  const [question, setQuestion] = useQuestionDraft(NOTE.chosen.question, 'remediate');
  const into = (method: CaptureMethod) => (putBack?.method === method ? putBack : null);
  return (
    <section className="note-taker__captures" aria-label="Capture">
      <EventCapture records={records} capture={capture} hubNow={hubNow} putBack={into('timeline.add')} />
      <ActionCapture capture={capture} putBack={into('actionItems.add')} />
      <TextCapture
        form={REMARK}
        label="Off-topic remark"
        submitLabel="Park it"
        putBack={into('parkingLot.add')}
        onCapture={(text) => capture('parkingLot.add', { text })}
      />
      <TextCapture
        form={NOTE}
        label="Note"
        submitLabel="Add note"
        putBack={into('questionNotes.add')}
        extra={<QuestionSelect value={question} onChange={setQuestion} allowNone={false} />}
        onCapture={(text) => capture('questionNotes.add', { question, text })}
      />
    </section>
  );
}

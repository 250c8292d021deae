import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useApp } from '../../store/useApp';
import {
  emptyMeetingForm,
  issuesByField,
  toCreateMeetingInput,
  type MeetingFormField,
  type MeetingFormValues,
} from './meetingForm';
import { MeetingFormFields } from './MeetingFormFields';
import { TemplateSelect } from '../agenda/TemplateSelect';

/**
 * "New meeting": the form sends what was typed and lets the core judge it. When the core answers
 * `invalid-input`, each issue appears beside its field and the dialog stays open with the values.
 */
export function CreateMeetingDialog() {
  const createMeeting = useApp((state) => state.createMeeting);
  const closeMeetingDialog = useApp((state) => state.closeMeetingDialog);
  const [values, setValues] = useState<MeetingFormValues>(emptyMeetingForm);
  const [error, setError] = useState<ContractError | null>(null);
  const [pending, setPending] = useState(false);
  const [templateId, setTemplateId] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  const { byField, rest } = issuesByField(error?.issues ?? [], Object.keys(values));

  // After a rejected submit, focus goes to the first field the core named.
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const input = toCreateMeetingInput(values, Date.now());
    const result = input.ok
      ? await createMeeting(templateId ? { ...input.value, templateId } : input.value)
      : input;
    // On success the store closes this dialog; nothing more to do here.
    if (result.ok) return;
    setPending(false);
    setError(result.error);
  }

  const onChange = (field: MeetingFormField, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  return (
    <Dialog title="New meeting" onClose={closeMeetingDialog} className="dialog--wide">
      <form ref={formRef} className="form" onSubmit={(event) => void handleSubmit(event)}>
        {error && rest.length === 0 && error.issues?.length ? (
          <p className="form__summary">Not created: please check the marked fields.</p>
        ) : (
          <ErrorMessage error={error && { ...error, issues: rest }} />
        )}
        <MeetingFormFields values={values} onChange={onChange} errors={byField} />
        <TemplateSelect value={templateId} onChange={setTemplateId} />
        <div className="dialog__buttons">
          <Button onClick={closeMeetingDialog}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? 'Creating…' : 'Create meeting'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

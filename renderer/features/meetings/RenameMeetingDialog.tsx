import { useState, type FormEvent } from 'react';
import type { ContractError } from '../../../shared/contract/errors';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useApp } from '../../store/useApp';
import { issuesByField } from './meetingForm';

/** Renames a meeting (F2 on a row); the core's verdict on the title appears beside the field. */
export function RenameMeetingDialog({ id }: { id: string }) {
  const currentTitle = useApp((state) => state.meetings.byId[id]?.title ?? '');
  const renameMeeting = useApp((state) => state.renameMeeting);
  const closeMeetingDialog = useApp((state) => state.closeMeetingDialog);
  const [title, setTitle] = useState(currentTitle);
  const [error, setError] = useState<ContractError | null>(null);
  const [pending, setPending] = useState(false);
  const { byField, rest } = issuesByField(error?.issues ?? [], ['title'], 'patch.');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await renameMeeting(id, title);
    if (result.ok) return;
    setPending(false);
    setError(result.error);
  }

  return (
    <Dialog title={`Rename “${currentTitle}”`} onClose={closeMeetingDialog}>
      <form className="form" onSubmit={(event) => void handleSubmit(event)}>
        {rest.length > 0 || (error && !error.issues?.length) ? (
          <ErrorMessage error={error && { ...error, issues: rest }} />
        ) : null}
        <Field label="New title" error={byField.title ? `Title: ${byField.title}` : null}>
          {(control) => (
            <input
              {...control}
              data-autofocus
              required
              autoComplete="off"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              onFocus={(event) => event.target.select()}
            />
          )}
        </Field>
        <div className="dialog__buttons">
          <Button onClick={closeMeetingDialog}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending ? 'Renaming…' : 'Rename'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import type { RoomJoin } from '../../../shared/contract/room';
import {
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  type ParticipantRole,
} from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { newRecordId } from './recordId';

/**
 * Joining the room: the name and role the console will list, and the room code when the page
 * was opened by typing the address (the join link and QR code carry it already).
 */
export function JoinForm({
  initial,
  needsCode,
  refusal,
  onJoin,
}: {
  initial: RoomJoin | null;
  needsCode: boolean;
  refusal: string | null;
  onJoin(join: RoomJoin, code: string | null): void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<ParticipantRole>(initial?.role ?? 'note-taker');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setProblem('Type your name: the facilitator sees who joined.');
    if (needsCode && code.trim() === '')
      return setProblem('Type the room code shown on the facilitator’s screen.');
    onJoin(
      { name: name.trim(), role, clientId: initial?.clientId ?? newRecordId() },
      needsCode ? code.trim() : null,
    );
  };

  return (
    <main className="note-taker note-taker--join">
      <h1>Join the meeting</h1>
      <p>What you capture here appears on the facilitator’s console and the projector.</p>
      {refusal ? (
        <p className="note-taker__refusal" role="alert">
          {refusal}
        </p>
      ) : null}
      <form className="note-taker__join" onSubmit={submit} noValidate>
        <Field label="Your name" error={problem && name.trim() === '' ? problem : null}>
          {(control) => (
            <input
              {...control}
              value={name}
              maxLength={100}
              autoComplete="name"
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label="Your role">
          {(control) => (
            <select {...control} value={role} onChange={(e) => setRole(e.target.value as ParticipantRole)}>
              {PARTICIPANT_ROLES.map((value) => (
                <option key={value} value={value}>
                  {PARTICIPANT_ROLE_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {needsCode ? (
          <Field
            label="Room code"
            hint="On the facilitator’s screen, e.g. ABCDE-FGHJK"
            error={problem && code.trim() === '' ? problem : null}
          >
            {(control) => (
              <input
                {...control}
                value={code}
                maxLength={20}
                autoCapitalize="characters"
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
        ) : null}
        <Button type="submit" variant="primary">
          Join
        </Button>
      </form>
    </main>
  );
}

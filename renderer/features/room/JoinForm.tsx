import { useState, type FormEvent } from 'react';
import { parseRoomAddress } from '../../../shared/contract/join';
import { JOINING_ROLES, type RoomJoin } from '../../../shared/contract/room';
import { PARTICIPANT_ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';

/** Where to join, when the form asks for it (inside Hindsight; a browser is at the room's address). */
export interface AddressChoice {
  value: string;
  onChange(value: string): void;
}

/**
 * Joining the room: the name and role the console will list, and the room code when the page
 * was opened by typing the address (the join link and QR code carry it already). Inside
 * Hindsight it asks for the address too; a join link pasted there brings its code along.
 */
export function JoinForm({
  initial,
  needsCode,
  refusal,
  address,
  busy = false,
  onJoin,
}: {
  initial: RoomJoin | null;
  needsCode: boolean;
  refusal: string | null;
  address?: AddressChoice;
  busy?: boolean;
  onJoin(join: RoomJoin, code: string | null, address: string | null): void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState<RoomJoin['role']>(initial?.role ?? 'note-taker');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [addressProblem, setAddressProblem] = useState<string | null>(null);
  const parsedAddress = address ? parseRoomAddress(address.value) : null;
  const codeNeeded = needsCode && !(parsedAddress?.ok && parsedAddress.code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAddressProblem(parsedAddress && !parsedAddress.ok ? parsedAddress.message : null);
    if (name.trim() === '') return setProblem('Type your name: the facilitator sees who joined.');
    if (codeNeeded && code.trim() === '')
      return setProblem('Type the room code shown on the facilitator’s screen.');
    setProblem(null);
    if (parsedAddress && !parsedAddress.ok) return;
    const typedCode = codeNeeded ? code.trim() : parsedAddress?.ok ? parsedAddress.code : null;
    onJoin(
      { name: name.trim(), role },
      needsCode ? typedCode : null,
      parsedAddress?.ok ? parsedAddress.address : null,
    );
  };

  return (
    <>
      {refusal ? (
        <p className="note-taker__refusal" role="alert">
          {refusal}
        </p>
      ) : null}
      <form className="note-taker__join" aria-label="Join" onSubmit={submit} noValidate>
        {address ? (
          <Field
            label="Room address"
            hint="On the facilitator’s screen, e.g. 192.168.1.20:53117, or paste the join link"
            error={addressProblem}
          >
            {(control) => (
              <input
                {...control}
                value={address.value}
                maxLength={300}
                spellCheck={false}
                onChange={(e) => address.onChange(e.target.value)}
              />
            )}
          </Field>
        ) : null}
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
            <select {...control} value={role} onChange={(e) => setRole(e.target.value as RoomJoin['role'])}>
              {JOINING_ROLES.map((value) => (
                <option key={value} value={value}>
                  {PARTICIPANT_ROLE_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {codeNeeded ? (
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
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Joining…' : 'Join'}
        </Button>
      </form>
    </>
  );
}

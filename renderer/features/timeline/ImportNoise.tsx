import { useState } from 'react';
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventKind } from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';

interface ImportNoiseProps {
  keyword: string;
  markedOnly: boolean;
  /** Whether any row has a reaction or pin (the filter is offered only then). */
  anyMarked: boolean;
  /** The kinds the rows have now, for the bulk change's "from". */
  kinds: readonly EventKind[];
  onKeyword(keyword: string): void;
  onMarkedOnly(markedOnly: boolean): void;
  onChangeKinds(from: EventKind, to: EventKind): void;
}

/** Leaving chatter out (keywords, reactions and pins) and changing kinds in bulk. */
export function ImportNoise(props: ImportNoiseProps) {
  const [from, setFrom] = useState<EventKind | ''>('');
  const [to, setTo] = useState<EventKind>('communication');
  const source = from !== '' && props.kinds.includes(from) ? from : (props.kinds[0] ?? 'other');
  return (
    <div className="import-noise">
      <label className="import-noise__keyword">
        Keep only rows with
        <input
          type="text"
          placeholder="words, comma-separated"
          maxLength={500}
          value={props.keyword}
          onChange={(event) => props.onKeyword(event.target.value)}
        />
      </label>
      {props.anyMarked ? (
        <label className="import-noise__marked">
          <input type="checkbox" checked={props.markedOnly} onChange={(event) => props.onMarkedOnly(event.target.checked)} />
          Only messages with a reaction or a pin
        </label>
      ) : null}
      <div className="import-noise__kinds" role="group" aria-label="Change kinds">
        <label>
          Change every
          <select value={source} onChange={(event) => setFrom(event.target.value as EventKind)}>
            {props.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {EVENT_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          row to
          <select value={to} onChange={(event) => setTo(event.target.value as EventKind)}>
            {EVENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {EVENT_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <Button onClick={() => props.onChangeKinds(source, to)} disabled={props.kinds.length === 0}>
          Change
        </Button>
      </div>
    </div>
  );
}

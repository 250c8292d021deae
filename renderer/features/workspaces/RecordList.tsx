import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ContractError, Result } from '../../../shared/contract/errors';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { withRefusedText } from '../../store/pendingRecords';
import { useTextDraft } from '../../store/textDraftsSlice';
import { useApp } from '../../store/useApp';
import { AutosaveField } from '../autosave/AutosaveField';
import type { CoachTarget } from '../coach/useCoach';
import { SavingMark } from '../notices/SavingMark';

export interface ListRecord {
  id: string;
  text: string;
  position: number;
}

interface RecordListProps<Item extends ListRecord> {
  /** The list's name, e.g. "Notes": the heading and the base of every label. */
  title: string;
  /** What one entry is called in labels, e.g. "Note". */
  noun: string;
  /** Names this list's add box within the meeting, for its draft in the store (`useTextDraft`). */
  draftKey: string;
  items: readonly Item[];
  /** Adds an entry, shown at once while it saves (`captureNewRecord`); the saved record, or the refusal. */
  addText(text: string): Promise<Result<unknown>>;
  updateText(id: string, text: string): Promise<Result<unknown>>;
  setPosition(id: string, position: number): Promise<Result<unknown>>;
  remove(id: string): Promise<Result<unknown>>;
  restore(id: string): Promise<Result<unknown>>;
  /** Controls an entry has besides its text (a category or role select). */
  extra?(item: Item): ReactNode;
  headingLevel?: 'h3' | 'h4';
  /** The record kind of the entries, so the coach reads each entry's text. */
  coachKind?: CoachTarget['kind'];
}

/**
 * A short list edited from the keyboard: a new entry shows at once ("Saving…" until the core has
 * committed it), every entry saves as you type, Alt+↑/↓ moves the entry you are in, and a removed
 * entry can be brought back with Undo (the core only marks it deleted).
 */
export function RecordList<Item extends ListRecord>(props: RecordListProps<Item>) {
  const { title, noun, items, extra, coachKind, headingLevel: Heading = 'h3' } = props;
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const headingId = useId();
  const [adding, setAdding] = useTextDraft(props.draftKey);
  const [error, setError] = useState<ContractError | null>(null);
  const [removed, setRemoved] = useState<Item | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const savingIds = useApp((state) => state.savingIds);

  // After a move the reloaded list re-renders; keep the keyboard in the entry that moved.
  useEffect(() => {
    if (focusId === null) return;
    inputs.current.get(focusId)?.focus();
  }, [focusId, items]);

  async function run(pending: Promise<Result<unknown>>): Promise<boolean> {
    const result = await pending;
    setError(result.ok ? null : result.error);
    return result.ok;
  }

  async function move(item: Item, step: -1 | 1) {
    const index = ordered.indexOf(item);
    const other = ordered[index + step];
    // An entry still saving has no place in the core's list yet: it moves once saved.
    if (!other || savingIds[item.id] || savingIds[other.id]) return;
    setFocusId(item.id);
    // Two writes swap the positions; each is its own committed transaction.
    if (await run(props.setPosition(item.id, other.position)))
      await run(props.setPosition(other.id, item.position));
  }

  async function removeItem(item: Item) {
    if (await run(props.remove(item.id))) setRemoved(item);
  }

  function handleKeyDown(item: Item, event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(item, event.key === 'ArrowUp' ? -1 : 1);
  }

  async function handleAdd(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const typed = adding;
    const text = typed.trim();
    if (text === '') return;
    // The entry shows at once, marked saving, and the box is empty for the next one. A refused
    // add takes the entry away and gives its text back here, before what was typed since.
    setAdding('');
    if (!(await run(props.addText(text)))) setAdding((current) => withRefusedText(typed, current));
  }

  return (
    <section className="record-list" aria-labelledby={headingId}>
      <Heading id={headingId} className="record-list__title">
        {title}
      </Heading>
      <ol className="record-list__items">
        {ordered.map((item, index) => (
          <li key={item.id} className="record-list__item" aria-busy={savingIds[item.id] || undefined}>
            <AutosaveField
              label={`${noun} ${index + 1}`}
              value={item.text}
              save={(text) => props.updateText(item.id, text)}
              coach={coachKind ? { kind: coachKind, record: item, field: 'text' } : undefined}
              onKeyDown={(event) => handleKeyDown(item, event)}
              inputRef={(element) => {
                if (element) inputs.current.set(item.id, element);
                else inputs.current.delete(item.id);
              }}
            />
            {extra ? extra(item) : null}
            {savingIds[item.id] ? <SavingMark /> : null}
            <Button
              variant="quiet"
              aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
              disabled={savingIds[item.id]}
              onClick={() => void removeItem(item)}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <label className="record-list__add">
        <span className="field__label">Add {noun.toLowerCase()}</span>
        <input
          type="text"
          value={adding}
          placeholder="Type and press Enter"
          onChange={(event) => setAdding(event.target.value)}
          onKeyDown={(event) => void handleAdd(event)}
        />
      </label>
      <ErrorMessage error={error} />
      {removed ? (
        <p className="record-list__undo" role="status">
          Removed “{removed.text}”.{' '}
          <Button
            variant="quiet"
            onClick={() => void run(props.restore(removed.id)).then((ok) => ok && setRemoved(null))}
          >
            Undo
          </Button>
        </p>
      ) : null}
    </section>
  );
}

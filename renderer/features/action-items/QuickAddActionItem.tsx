import { useEffect, useId, useRef, useState } from 'react';
import { commandOf } from '../../../shared/commands';
import { defaultTypeFor, QUESTION_LABELS } from '../../../shared/domain/actionItems/defaults';
import { ACTION_TYPE_LABELS, QUESTIONS, type Question } from '../../../shared/domain/vocabulary';
import { Button } from '../../components/Button';
import { Kbd } from '../../components/Kbd';
import { focusForNext } from '../../components/focusForNext';
import { saveOnEnter, saveOnSubmit } from '../../components/captureSubmit';
import { withRefusedText } from '../../store/pendingRecords';
import { useTextDraft } from '../../store/textDraftsSlice';
import { useApp } from '../../store/useApp';
import { SavingMark, useSavingCount } from '../notices/SavingMark';
import { shortcutText } from '../live/ShortcutSheet';

/**
 * Capture first, refine later: a title and Enter puts an item at the end of the list at once
 * ("Saving…" until the core has committed it), and focus stays here for the next one. The
 * question gives the item its default type (issue #4); any other type, Process improvement
 * among them, is one change away on the saved item. Bound to `question` (a question step's box),
 * the question is fixed; otherwise the person picks one.
 */
export function QuickAddActionItem({ question: boundQuestion }: { question?: Question }) {
  const add = useApp((state) => state.addActionItem);
  const focusPending = useApp(
    (state) => state.actionItemsUi.quickAddFocusPending === (boundQuestion ?? 'list'),
  );
  const quickAddFocused = useApp((state) => state.quickAddFocused);
  const [title, setTitle] = useTextDraft(`quick-add/${boundQuestion ?? 'list'}`);
  const [picked, setPicked] = useState<Question | ''>('');
  const input = useRef<HTMLInputElement>(null);
  const { saving, track } = useSavingCount();
  const id = useId();

  useEffect(() => {
    if (!focusPending) return;
    input.current?.focus();
    quickAddFocused();
  }, [focusPending, quickAddFocused]);

  async function save() {
    const typed = title;
    const text = typed.trim();
    if (text === '') return;
    const question = boundQuestion ?? (picked === '' ? null : picked);
    // The item shows at once, marked saving, and the box is empty for the next one. A refused
    // add takes the item away and gives its text back here, before what was typed since.
    setTitle('');
    focusForNext(input.current);
    const saved = await track(add({ title: text, question, type: defaultTypeFor(question) }));
    if (!saved) setTitle((current) => withRefusedText(typed, current));
  }

  return (
    <form
      className={boundQuestion ? 'quick-add quick-add--bound' : 'quick-add'}
      onSubmit={(event) => saveOnSubmit(event, () => void save())}
      onKeyDown={(event) => saveOnEnter(event, () => void save())}
      aria-label="Add an action item"
    >
      <div className="quick-add__title">
        <label htmlFor={`${id}-title`} className="inline-field__label">
          New action item <Kbd>{shortcutText(commandOf('actionItems.quickAdd').shortcut)}</Kbd>
        </label>
        <input
          id={`${id}-title`}
          ref={input}
          value={title}
          aria-keyshortcuts="Control+Shift+A Meta+Shift+A"
          aria-describedby={boundQuestion ? `${id}-question` : undefined}
          placeholder="What will change? e.g. Alert when the API cache hit ratio exceeds 90 %"
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            // Escape clears a half-typed item first; on an empty box it leaves the box (MeetingOverview).
            if (event.key === 'Escape' && title !== '') {
              event.preventDefault();
              setTitle('');
            }
          }}
        />
      </div>
      {boundQuestion ? (
        <p id={`${id}-question`} className="quick-add__bound">
          Answers “{QUESTION_LABELS[boundQuestion]}” · type{' '}
          {ACTION_TYPE_LABELS[defaultTypeFor(boundQuestion)]}
        </p>
      ) : (
        <div className="inline-field">
          <label htmlFor={`${id}-question`} className="inline-field__label">
            Answers
          </label>
          <select
            id={`${id}-question`}
            value={picked}
            onChange={(event) => setPicked(event.target.value as Question | '')}
          >
            <option value="">No question</option>
            {QUESTIONS.map((value) => (
              <option key={value} value={value}>
                {QUESTION_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button type="submit" variant="primary">
        Add
      </Button>
      {saving ? <SavingMark /> : null}
    </form>
  );
}

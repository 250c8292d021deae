import { useApp } from '../../store/useApp';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';

/** The shipped example meetings, each with a button that adds a fresh copy to the library. */
export function ExampleList() {
  const examples = useApp(useShallow((state) => state.examples.list));
  const loaded = useApp((state) => state.examples.loaded);
  const error = useApp((state) => state.examples.error);
  const importingId = useApp((state) => state.examples.importingId);
  const importExample = useApp((state) => state.importExample);

  if (error) return <ErrorMessage error={error} />;
  if (!loaded) return <p className="muted">Loading examples…</p>;
  if (examples.length === 0) return <p className="muted">No examples are installed.</p>;
  return (
    <ul className="example-list">
      {examples.map((example) => (
        <li key={example.id} className="example-list__item">
          <div>
            <p className="example-list__title">{example.title}</p>
            {example.description ? <p className="example-list__description">{example.description}</p> : null}
          </div>
          <Button
            variant="secondary"
            disabled={importingId !== null}
            aria-label={`Open example ${example.title}`}
            onClick={() => void importExample(example.id)}
          >
            {importingId === example.id ? 'Adding…' : 'Open example'}
          </Button>
        </li>
      ))}
    </ul>
  );
}

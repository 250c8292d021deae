import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/useApp';
import { ExampleList } from './ExampleList';

/** "Open an example…" from the toolbar, once the library has meetings of its own. */
export function ExamplesDialog() {
  const open = useApp((state) => state.examplesDialogOpen);
  const setOpen = useApp((state) => state.setExamplesDialogOpen);
  if (!open) return null;
  return (
    <Dialog title="Open an example" onClose={() => setOpen(false)} className="dialog--wide">
      <p className="dialog__text">
        Each example is a finished postmortem you can explore and change; opening one adds a copy to your
        library.
      </p>
      <ExampleList />
      <div className="dialog__buttons">
        <Button onClick={() => setOpen(false)}>Close</Button>
      </div>
    </Dialog>
  );
}

import { commandOf, type CommandId } from '../../../shared/commands';
import { Button, type ButtonVariant } from '../../components/Button';
import { Kbd } from '../../components/Kbd';
import { shortcutText } from './ShortcutSheet';

/** A button that runs a command, showing its shortcut from shared/commands.ts. */
export function CommandButton({
  command,
  label,
  onClick,
  variant = 'secondary',
  disabled,
}: {
  command: CommandId;
  label?: string;
  onClick: () => void;
  variant?: ButtonVariant;
  disabled?: boolean;
}) {
  const spec = commandOf(command);
  const keys = spec.accelerator.replace('CmdOrCtrl', 'Control').replace(/^(Right|Left|Up|Down)$/, 'Arrow$1');
  return (
    <Button variant={variant} onClick={onClick} disabled={disabled} aria-keyshortcuts={keys}>
      {label ?? spec.label} <Kbd>{shortcutText(spec.shortcut)}</Kbd>
    </Button>
  );
}

export interface LiveControlsProps {
  running: boolean;
  started: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  pending: boolean;
  onToggle: () => void;
  onExtend: (seconds: number) => void;
  onPrevious: () => void;
  onNext: () => void;
  onEnd: () => void;
}

/** The facilitator's controls for the current step, each with its key. */
export function LiveControls(props: LiveControlsProps) {
  const toggleLabel = props.running ? 'Pause' : props.started ? 'Resume' : 'Start';
  return (
    <div className="live-controls" role="group" aria-label="Timer and agenda controls">
      <CommandButton command="timer.toggle" label={toggleLabel} variant="primary" onClick={props.onToggle} />
      <CommandButton command="timer.extendOne" label="+1 min" onClick={() => props.onExtend(60)} />
      <CommandButton command="timer.extendFive" label="+5 min" onClick={() => props.onExtend(300)} />
      <CommandButton
        command="agenda.previous"
        label="Previous"
        onClick={props.onPrevious}
        disabled={!props.hasPrevious || props.pending}
      />
      <CommandButton
        command="agenda.next"
        label="Next step"
        onClick={props.onNext}
        disabled={!props.hasNext || props.pending}
      />
      <CommandButton command="meeting.end" label="End meeting" variant="danger" onClick={props.onEnd} />
    </div>
  );
}

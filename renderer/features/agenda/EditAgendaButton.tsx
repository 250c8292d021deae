import { Button, type ButtonVariant } from '../../components/Button';
import { useApp } from '../../store/useApp';

/** Opens the agenda editor (mounted once per open meeting by MeetingOverview). */
export function EditAgendaButton({ variant = 'secondary' }: { variant?: ButtonVariant }) {
  const setOpen = useApp((state) => state.setAgendaEditorOpen);
  return (
    <Button variant={variant} onClick={() => setOpen(true)}>
      Edit agenda
    </Button>
  );
}

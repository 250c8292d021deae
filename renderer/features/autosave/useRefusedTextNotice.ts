import type { ContractError } from '../../../shared/contract/errors';
import { useApp } from '../../store/useApp';
import { reasonOf } from '../notices/reasonOf';

/**
 * What to do with a field's text refused once the field is gone (the person moved to another step
 * or tab before the answer): with no field left to show the error or hold the text, an error
 * notice names the field and its meeting, says why, and carries the text to copy back into the
 * field. It offers no "save again": by then the field may hold newer text, which that would
 * overwrite. The meeting is the one shown with the field, not the one open by the answer.
 */
export function useRefusedTextNotice(field: string): (text: string, error: ContractError) => void {
  const notify = useApp((state) => state.notify);
  const meeting = useApp((state) => state.overview.records?.meeting.title ?? null);
  const named = meeting === null ? `“${field}”` : `“${field}” of the meeting “${meeting}”`;
  return (text, error) => {
    notify({
      tone: 'error',
      message: `${named} was not saved: ${reasonOf(error)} What you typed: “${text}”`,
    });
  };
}

import type { MeetingRecords } from '../../../shared/types';
import { useMeetingLanguage } from './useCoach';

/**
 * The readiness panel's line about wording: how many language nudges are still open and in which
 * fields, so the facilitator can tidy the notes before the report carries them.
 */
export function WordingCount({ records }: { records: MeetingRecords }) {
  const { open } = useMeetingLanguage(records);
  if (open.length === 0) return <p className="readiness__wording">No open wording nudges.</p>;
  const fields = [...new Set(open.map((found) => found.fieldLabel.toLowerCase()))];
  return (
    <p className="readiness__wording">
      <strong>{open.length}</strong> wording {open.length === 1 ? 'nudge' : 'nudges'} open ({fields.join(', ')}
      ): blame, hindsight or judgement the report would carry.
    </p>
  );
}

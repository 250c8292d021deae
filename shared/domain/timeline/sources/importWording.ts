import type { LanguageContext, LanguageFinding } from '../../coach/language';
import { fieldFindings } from '../../coach/meetingFindings';
import type { ImportRow } from '../importFields';

/** A coach finding on the description of a row an import would write. */
export interface ImportWording {
  /** The row's number in the source, as the preview and the CLI name it. */
  line: number;
  description: string;
  finding: LanguageFinding;
}

/**
 * The blameless coach's findings on the rows an import would write, with the same checks the
 * event log's descriptions get (issue 14). The people the source names count as the meeting's
 * people, so "Dana forgot to check" is a person as the cause even before Dana is a participant.
 * Never a reason to refuse a row: the preview and the CLI only show them.
 */
export function importWording(
  rows: readonly ImportRow[],
  people: readonly string[],
  meeting: LanguageContext,
): ImportWording[] {
  const context = { ...meeting, participantNames: [...(meeting.participantNames ?? []), ...people] };
  return rows.flatMap((row) =>
    fieldFindings(row.description, context).map((finding) => ({ line: row.line, description: row.description, finding })),
  );
}

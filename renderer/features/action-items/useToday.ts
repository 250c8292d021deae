import { formatDay } from '../../../shared/domain/actionItems/parseDueDate';
import { useNow } from '../meetings/useNow';

/**
 * The viewer's calendar day (`YYYY-MM-DD`), so an open item past its due date is nudged; it
 * changes once a day, so the checks memoised on it are not re-run on every refresh.
 */
export function useToday(): string {
  return formatDay(new Date(useNow(60_000)));
}

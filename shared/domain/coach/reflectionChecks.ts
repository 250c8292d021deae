import type { ActionItem, MeetingRecords } from '../../types';
import { checkActionItem } from '../actionItems/quality';
import { liveRecords } from '../meetings/liveRecords';
import { redFlags, type RedFlag } from '../timeline/redFlags';
import type { LanguageCategory } from './language';
import { reviewMeetingLanguage } from './meetingFindings';
import { nameMatcher } from './people';
import { REFLECTION_ASPECTS, type ReflectionAspect } from './reflectionAspects';

/**
 * The reflection's checks (DESIGN.md section 2, issue #14): for each of the six aspects, what
 * the app can tell from the meeting's records. A check is `met`, `open` (something to look at),
 * or `not-applicable` (nothing to judge it on). Pure: the clock comes in as `now`, and the
 * report passes null so that its bytes never depend on when it was exported.
 */

export type CheckState = 'met' | 'open' | 'not-applicable';

export interface ReflectionCheck {
  /** Stable per check: a red flag's is `flag:<kind>`. */
  id: string;
  aspect: ReflectionAspect;
  /** What the check asks, as a statement that is true when it is met. */
  label: string;
  state: CheckState;
  /** What was found, in a sentence. */
  detail: string;
}

/** What a reflection reads besides the records. */
export interface ReflectionInput {
  /** Keys of findings marked "this is fine here" (the coach's state). */
  dismissed: ReadonlySet<string>;
  /** UTC ms for "days since resolution" while unpublished; null where the answer must not move. */
  now: number | null;
}

const DAY_MS = 86_400_000;

// The language findings that blame: the why/who wording and the single root cause are nudges
// about method, and have checks of their own (the contributing factors).
const BLAME: ReadonlySet<LanguageCategory> = new Set([
  'person-as-cause',
  'human-error',
  'counterfactual',
  'judgement',
]);

// Red flags by the aspect they concern (DESIGN.md section 2), each with what it asks for.
const FLAG_CHECKS: Record<RedFlag['kind'], { aspect: ReflectionAspect; label: string }> = {
  'detection-gap': { aspect: 'recoverability', label: 'Detection soon after the first signal' },
  'slow-impact-mapping': { aspect: 'impact', label: 'Impact mapped soon after the root cause was found' },
  'slow-recovery': { aspect: 'recoverability', label: 'Fix deployed soon after the root cause was found' },
  'ineffective-mitigation': {
    aspect: 'recoverability',
    label: 'Mitigations treated the cause, not the symptom',
  },
  'late-meeting': { aspect: 'culture', label: 'Meeting held within days of the resolution' },
};

// Types of item that change the system, rather than only how people work.
const SYSTEM_CHANGES: ReadonlySet<ActionItem['type']> = new Set(['preventative', 'corrective', 'mitigation']);

/** The first items of the priority order are the high-priority ones. */
export const HIGH_PRIORITY_COUNT = 3;

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const check = (
  id: string,
  aspect: ReflectionAspect,
  label: string,
  state: CheckState,
  detail: string,
): ReflectionCheck => ({ id, aspect, label, state, detail });
const metOrOpen = (met: boolean): CheckState => (met ? 'met' : 'open');

function rootCauseChecks(records: MeetingRecords): ReflectionCheck[] {
  const primary = records.rootCause?.primaryCause.trim() ?? '';
  const factors = records.rootCauseItems.filter((item) => item.kind === 'contributing-factor').length;
  return [
    check(
      'primary-cause',
      'root-cause',
      'The primary cause is written down',
      metOrOpen(primary !== ''),
      primary === '' ? 'No primary cause recorded.' : 'Recorded.',
    ),
    check(
      'contributing-factors',
      'root-cause',
      'At least two contributing factors',
      metOrOpen(factors >= 2),
      `${plural(factors, 'contributing factor')} recorded.`,
    ),
  ];
}

const IMPACT_NUMBERS = [
  'usersAffected',
  'usersAffectedPercent',
  'revenueLossEstimate',
  'supportTickets',
  'onCallHours',
  'peoplePaged',
] as const;

/** Users or customers felt it: affected users, tickets or customer reactions are recorded. */
function userFacing(records: MeetingRecords): boolean {
  const impact = records.impact;
  if (!impact) return false;
  return (
    (impact.usersAffected ?? 0) > 0 ||
    (impact.usersAffectedPercent ?? 0) > 0 ||
    (impact.supportTickets ?? 0) > 0 ||
    impact.customerReactions.trim() !== ''
  );
}

function impactChecks(records: MeetingRecords): ReflectionCheck[] {
  const numbers = IMPACT_NUMBERS.filter((field) => records.impact?.[field] != null).length;
  return [
    check(
      'impact-numbers',
      'impact',
      'The impact has numbers',
      metOrOpen(numbers > 0),
      numbers === 0
        ? 'No users, revenue, tickets, on-call hours or people paged recorded.'
        : `${plural(numbers, 'figure')} recorded.`,
    ),
  ];
}

function blastRadiusChecks(records: MeetingRecords): ReflectionCheck[] {
  const { meeting, impact } = records;
  const scoped = meeting.affectedServices.length > 0 || (impact?.regions.trim() ?? '') !== '';
  const ranked = [...records.actionItems]
    .filter((item) => item.status !== 'wont-do')
    .sort((a, b) => a.rank - b.rank)
    .slice(0, HIGH_PRIORITY_COUNT);
  const facing = userFacing(records);
  const changesSystem = ranked.some((item) => SYSTEM_CHANGES.has(item.type));
  return [
    check(
      'affected-scope',
      'blast-radius',
      'Affected services or regions are named',
      metOrOpen(scoped),
      scoped
        ? `${plural(meeting.affectedServices.length, 'affected service')}${impact?.regions.trim() ? ', regions recorded' : ''}.`
        : 'No affected service or region recorded.',
    ),
    check(
      'high-priority-item',
      'blast-radius',
      `After a user-facing outage, one of the top ${HIGH_PRIORITY_COUNT} action items changes the system`,
      facing ? metOrOpen(changesSystem) : 'not-applicable',
      !facing
        ? 'No user-facing impact recorded.'
        : changesSystem
          ? 'A preventative, corrective or mitigation item is among the highest priorities.'
          : 'None of the highest-priority items is preventative, corrective or a mitigation.',
    ),
  ];
}

function technicalDebtChecks(records: MeetingRecords): ReflectionCheck[] {
  const items = records.actionItems.filter((item) => item.status !== 'wont-do');
  const lacking = items.filter((item) =>
    checkActionItem(item).some((finding) => finding.kind === 'missing' && finding.field !== 'title'),
  ).length;
  return [
    check(
      'action-items-complete',
      'technical-debt',
      'Every action item has an owner, a due date and a success measure',
      items.length === 0 ? 'open' : metOrOpen(lacking === 0),
      items.length === 0
        ? 'No action items recorded.'
        : lacking === 0
          ? `All ${plural(items.length, 'item')} are complete.`
          : `${plural(lacking, 'item')} of ${items.length} lack an owner, a due date or a measure.`,
    ),
  ];
}

function cultureChecks(records: MeetingRecords, input: ReflectionInput): ReflectionCheck[] {
  const blame = reviewMeetingLanguage(records, input.dismissed).open.filter((found) =>
    BLAME.has(found.finding.category),
  ).length;
  const names = records.participants.map((participant) => participant.name);
  const people = nameMatcher(names);
  const actors = [...new Set(records.timeline.map((event) => event.actor.trim()).filter(Boolean))];
  const named = actors.filter((actor) => people.test(actor));
  const kinds = new Set(records.lessons.map((lesson) => lesson.kind));
  const missingLessons = [
    kinds.has('went-well') ? null : '“went well”',
    kinds.has('got-lucky') ? null : '“got lucky”',
  ].filter(Boolean);
  return [
    check(
      'no-blame',
      'culture',
      'No open blame findings',
      metOrOpen(blame === 0),
      blame === 0 ? 'None open.' : `${plural(blame, 'wording finding')} about blame still open.`,
    ),
    check(
      'actors-are-roles',
      'culture',
      'Every actor in the timeline is a role or a team, not a person',
      actors.length === 0 ? 'not-applicable' : metOrOpen(named.length === 0),
      actors.length === 0
        ? 'No actors recorded.'
        : named.length === 0
          ? `${plural(actors.length, 'actor')}, all roles or teams.`
          : `Named as actors: ${named.join(', ')}.`,
    ),
    check(
      'lessons',
      'culture',
      '“Went well” and “got lucky” are not empty',
      metOrOpen(missingLessons.length === 0),
      missingLessons.length === 0 ? 'Both recorded.' : `Nothing under ${missingLessons.join(' or ')}.`,
    ),
    publicationCheck(records, input.now),
  ];
}

/** Days from resolution to publication; while unpublished, days since resolution so far. */
function publicationCheck(records: MeetingRecords, now: number | null): ReflectionCheck {
  const { resolvedAt, publishedAt, status } = records.meeting;
  const label = 'The report is published';
  const days = (until: number) => plural(Math.max(0, Math.floor((until - resolvedAt!) / DAY_MS)), 'day');
  if (status === 'published') {
    const detail =
      resolvedAt !== null && publishedAt !== null
        ? `Published ${days(publishedAt)} after resolution.`
        : 'Published.';
    return check('publication', 'culture', label, 'met', detail);
  }
  const detail =
    resolvedAt !== null && now !== null
      ? `Not published yet: ${days(now)} since resolution.`
      : 'Not published yet.';
  return check('publication', 'culture', label, 'open', detail);
}

function flagChecks(records: MeetingRecords, now: number | null): ReflectionCheck[] {
  return redFlags(records, now).map((flag) => {
    const { aspect, label } = FLAG_CHECKS[flag.kind];
    return check(`flag:${flag.kind}`, aspect, label, 'open', `Red flag: ${flag.message}`);
  });
}

/** Every check of the reflection, aspect by aspect in the order of REFLECTION_ASPECTS. */
export function reflectionChecks(records: MeetingRecords, input: ReflectionInput): ReflectionCheck[] {
  const live = liveRecords(records);
  const all = [
    ...rootCauseChecks(live),
    ...impactChecks(live),
    ...blastRadiusChecks(live),
    ...technicalDebtChecks(live),
    ...cultureChecks(live, input),
    ...flagChecks(live, input.now),
  ];
  return REFLECTION_ASPECTS.flatMap((aspect) => all.filter((item) => item.aspect === aspect));
}

/** The open checks that publishing leaves open (publishing answers the publication check). */
export function openBeforePublishing(checks: readonly ReflectionCheck[]): ReflectionCheck[] {
  return checks.filter((item) => item.state === 'open' && item.id !== 'publication');
}

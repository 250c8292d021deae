import { describe, expect, it } from 'vitest';
import { reviewMeetingLanguage } from '../../../../shared/domain/coach/meetingFindings';
import {
  openBeforePublishing,
  reflectionChecks,
  type ReflectionCheck,
} from '../../../../shared/domain/coach/reflectionChecks';
import type { MeetingRecords } from '../../../../shared/types';
import { emptyMeeting, exampleRecords } from '../../../helpers/exampleRecords';

const DAY = 86_400_000;
const firmware = () => exampleRecords('firmware-packet-drop');
const checksOf = (records: MeetingRecords, now: number | null = null, dismissed = new Set<string>()) =>
  reflectionChecks(records, { dismissed, now });
const byId = (checks: ReflectionCheck[], id: string) => checks.find((item) => item.id === id)!;

describe('reflectionChecks', () => {
  it('walks the six aspects in order and meets what the firmware example records', () => {
    const checks = checksOf(firmware());
    expect([...new Set(checks.map((item) => item.aspect))]).toEqual([
      'root-cause',
      'impact',
      'blast-radius',
      'recoverability',
      'technical-debt',
      'culture',
    ]);
    for (const id of [
      'contributing-factors',
      'impact-numbers',
      'action-items-complete',
      'lessons',
      'no-blame',
    ])
      expect(byId(checks, id).state).toBe('met');
    // The timeline's red flags land in their aspects.
    expect(byId(checks, 'flag:detection-gap')).toMatchObject({ aspect: 'recoverability', state: 'open' });
  });

  it('opens every check an empty meeting cannot meet, and judges nothing it cannot know', () => {
    const checks = checksOf(emptyMeeting());
    const state = (id: string) => byId(checks, id).state;
    expect(state('primary-cause')).toBe('open');
    expect(byId(checks, 'contributing-factors')).toMatchObject({
      state: 'open',
      detail: '0 contributing factors recorded.',
    });
    expect(state('impact-numbers')).toBe('open');
    expect(state('affected-scope')).toBe('open');
    expect(state('action-items-complete')).toBe('open');
    expect(byId(checks, 'lessons').detail).toBe('Nothing under “went well” or “got lucky”.');
    expect(state('high-priority-item')).toBe('not-applicable');
    expect(state('actors-are-roles')).toBe('not-applicable');
    expect(checks.some((item) => item.id.startsWith('flag:'))).toBe(false);
  });

  it('needs two contributing factors, not one', () => {
    const records = firmware();
    const [factor] = records.rootCauseItems.filter((item) => item.kind === 'contributing-factor');
    const one = { ...records, rootCauseItems: [factor!] };
    expect(byId(checksOf(one), 'contributing-factors')).toMatchObject({
      state: 'open',
      detail: '1 contributing factor recorded.',
    });
  });

  it('counts an item without owner, due date or measure, and leaves out won’t-do and deleted items', () => {
    const records = firmware();
    const [first, second, ...rest] = records.actionItems;
    const edited = {
      ...records,
      actionItems: [
        { ...first!, owner: '' },
        { ...second!, dueDate: null, status: 'wont-do' as const },
        ...rest.map((item, index) => (index === 0 ? { ...item, successMeasure: '', deletedAt: 1 } : item)),
      ],
    };
    expect(byId(checksOf(edited), 'action-items-complete').detail).toBe(
      `1 item of ${records.actionItems.length - 2} lack an owner, a due date or a measure.`,
    );
  });

  it('asks for a system change among the top items only after a user-facing outage', () => {
    const records = firmware();
    const processOnly = {
      ...records,
      actionItems: records.actionItems.map((item) => ({ ...item, type: 'process-improvement' as const })),
    };
    expect(byId(checksOf(processOnly), 'high-priority-item').state).toBe('open');
    const quiet = {
      ...processOnly,
      impact: {
        ...records.impact!,
        usersAffected: null,
        usersAffectedPercent: null,
        supportTickets: null,
        customerReactions: '',
      },
    };
    expect(byId(checksOf(quiet), 'high-priority-item').state).toBe('not-applicable');
  });

  it('opens the blame check for an open finding and meets it once that finding is dismissed', () => {
    const records = firmware();
    const [event, ...events] = records.timeline;
    const blaming = {
      ...records,
      timeline: [{ ...event!, description: 'Yann forgot to drain the rack.' }, ...events],
    };
    expect(byId(checksOf(blaming), 'no-blame')).toMatchObject({
      state: 'open',
      detail: '1 wording finding about blame still open.',
    });
    const keys = new Set(reviewMeetingLanguage(blaming).open.map((found) => found.key));
    expect(byId(checksOf(blaming, null, keys), 'no-blame').state).toBe('met');
  });

  it('names the participants written as actors in the timeline', () => {
    const records = firmware();
    const name = records.participants[0]!.name;
    const [event, ...events] = records.timeline;
    const edited = { ...records, timeline: [{ ...event!, actor: name }, ...events] };
    expect(byId(checksOf(edited), 'actors-are-roles')).toMatchObject({
      state: 'open',
      detail: `Named as actors: ${name}.`,
    });
  });

  it('counts the days from resolution to publication, and so far while unpublished', () => {
    const records = firmware();
    const resolvedAt = records.meeting.resolvedAt!;
    expect(byId(checksOf(records, resolvedAt + 6 * DAY + 5), 'publication')).toMatchObject({
      state: 'open',
      detail: 'Not published yet: 6 days since resolution.',
    });
    // The report passes no clock: its text must not change with the day it is exported.
    expect(byId(checksOf(records), 'publication').detail).toBe('Not published yet.');
    const published = {
      ...records,
      meeting: { ...records.meeting, status: 'published' as const, publishedAt: resolvedAt + 1 * DAY },
    };
    expect(byId(checksOf(published, resolvedAt + 30 * DAY), 'publication')).toMatchObject({
      state: 'met',
      detail: 'Published 1 day after resolution.',
    });
  });

  it('leaves the publication itself out of what publishing would leave open', () => {
    const open = openBeforePublishing(checksOf(emptyMeeting()));
    expect(open.map((item) => item.id)).not.toContain('publication');
    expect(open.map((item) => item.id)).toContain('primary-cause');
    expect(open.every((item) => item.state === 'open')).toBe(true);
  });
});

import { DEFAULT_AGENDA, DEFAULT_BLAMELESS_STATEMENT } from '../../../shared/domain/agenda/defaults';
import { incidentTimeIssues } from '../../../shared/domain/meetings/incidentTimes';
import { copyMeeting } from '../../../shared/domain/bundle/copyMeeting';
import type { Meeting } from '../../../shared/types';
import { commitChange, HandlerError, type HandlerContext, type Handlers } from './context';
import { liveTemplate } from './templates';

// Ending the walk, the move-on signal and the review cursor belong to running the meeting
// (handlers/live.ts).
type MeetingHandlers = Pick<
  Handlers,
  Exclude<
    `meetings.${string}` & keyof Handlers,
    'meetings.endMeeting' | 'meetings.signalMoveOn' | 'meetings.reviewItem' | 'meetings.walkEvent'
  >
>;

/** The live (not deleted) meeting with this id, or a `not-found` error. */
export function liveMeeting(context: HandlerContext, id: string): Meeting {
  const meeting = context.store().tables.meetings.get(id);
  if (!meeting || meeting.deletedAt !== null)
    throw new HandlerError('not-found', `No meeting with id ${id}.`);
  return meeting;
}

export const meetingHandlers: MeetingHandlers = {
  'meetings.list': (input, context) =>
    context.store().listMeetingSummaries(input.query ?? '', input.today ?? ''),

  'meetings.get': (input, context) =>
    context.store().loadMeetingRecords(liveMeeting(context, input.id), false),

  'meetings.open': (input, context) => context.store().loadMeetingOpening(liveMeeting(context, input.id)),

  'meetings.openLists': (input, context) =>
    context.store().loadListsAfterFirstPaint(liveMeeting(context, input.id).id),

  'meetings.timelinePage': (input, context) => {
    const { id } = liveMeeting(context, input.meetingId);
    const events = context.store().timelinePage(id, input.after, input.limit);
    const last = events.length === input.limit ? events.at(-1) : undefined;
    return { events, next: last ? { at: last.at, createdAt: last.createdAt, id: last.id } : null };
  },

  'meetings.create': (input, context) => {
    const template = input.templateId ? liveTemplate(context, input.templateId) : null;
    const now = context.now();
    const fresh = { createdAt: now, updatedAt: now, deletedAt: null, createdBy: context.deviceId() };
    const meeting: Omit<Meeting, 'revisions'> = {
      ...fresh,
      id: context.newId(),
      title: input.title,
      incidentId: input.incidentId ?? '',
      severity: input.severity ?? null,
      status: input.status ?? 'draft',
      startedAt: input.startedAt ?? null,
      detectedAt: input.detectedAt ?? null,
      mitigatedAt: input.mitigatedAt ?? null,
      resolvedAt: input.resolvedAt ?? null,
      timeZone: input.timeZone ?? 'UTC',
      summary: input.summary ?? '',
      affectedServices: input.affectedServices ?? [],
      blamelessStatement: input.blamelessStatement ?? DEFAULT_BLAMELESS_STATEMENT,
      templateId: template?.id ?? null,
      currentStepId: null,
      autoStartNextStep: input.autoStartNextStep ?? true,
      chimeMuted: input.chimeMuted ?? false,
      clockFormat: input.clockFormat ?? 'system',
      reviewItemId: null,
      walkEventId: null,
      liveStartedAt: null,
      moveOnSignalAt: null,
      publishedAt: input.status === 'published' ? now : null,
    };
    return commitChange(context, (store, change) => {
      const created = store.tables.meetings.create(meeting);
      change.meeting(created);
      (template?.steps ?? DEFAULT_AGENDA).forEach((step, position) => {
        const saved = store.tables.agenda.insert({
          ...fresh,
          ...step,
          id: context.newId(),
          meetingId: meeting.id,
          position,
          accumulatedSeconds: 0,
          runningSince: null,
          completed: false,
          skipped: false,
        });
        change.record('agenda', saved, null);
      });
      return created;
    });
  },

  'meetings.update': (input, context) => {
    return commitChange(context, (store, change) => {
      const current = liveMeeting(context, input.id);
      const issues = incidentTimeIssues({ ...current, ...input.patch });
      if (issues.length > 0) {
        throw new HandlerError('invalid-input', 'The incident times are out of order.', issues);
      }
      const now = context.now();
      const saved = store.tables.meetings.save(current, {
        ...input.patch,
        ...publication(current, input.patch.status, now),
        updatedAt: now,
      });
      change.meeting(saved);
      return saved;
    });
  },

  'meetings.duplicate': (input, context) => {
    return commitChange(context, (store, change) => {
      const source = store.loadMeetingRecords(liveMeeting(context, input.id), false);
      const copy = copyMeeting(source, {
        newId: context.newId,
        now: context.now(),
        deviceId: context.deviceId(),
        title: `${source.meeting.title} (copy)`.slice(0, 200),
      });
      const created = store.createMeetingRecords(copy);
      // A whole new meeting: the library row is all a window needs until someone opens it.
      change.reload(created.id, created);
      return created;
    });
  },

  'meetings.delete': (input, context) => setDeleted(context, input.id, true),
  'meetings.restore': (input, context) => setDeleted(context, input.id, false),
};

/**
 * The publication time follows the status: set when a meeting becomes "published" (the
 * reflection's "days from resolution to publication"), cleared when it leaves that status.
 */
function publication(current: Meeting, status: Meeting['status'] | undefined, now: number) {
  if (status === undefined || status === current.status) return {};
  return { publishedAt: status === 'published' ? now : null };
}

function setDeleted(context: HandlerContext, id: string, deleted: boolean): Meeting {
  return commitChange(context, (store, change) => {
    const current = store.tables.meetings.get(id);
    if (!current) throw new HandlerError('not-found', `No meeting with id ${id}.`);
    const now = context.now();
    const saved = store.tables.meetings.save(current, { deletedAt: deleted ? now : null, updatedAt: now });
    // A restored meeting's records were never sent to the windows that dropped it: they load it.
    if (deleted) change.meeting(saved, { removed: true });
    else change.reload(id, saved);
    return saved;
  });
}

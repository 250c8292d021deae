import type { MeetingRecords } from '../../types';

export interface CopyOptions {
  newId: () => string;
  now: number;
  deviceId: string;
  title?: string;
}

/**
 * A fresh copy of a meeting's live records under new ids, as if created now on this device:
 * used by "duplicate", by "import as copy" and by the shipped examples (which can be loaded
 * more than once). References between records (a parking-lot item's step) follow the new ids;
 * a reference to a deleted step, which is not copied, becomes none.
 * Timers start over and the copy is a draft: it is a new meeting, not a continuation.
 */
export function copyMeeting(source: MeetingRecords, options: CopyOptions): MeetingRecords {
  const ids = new Map<string, string>();
  const idFor = (oldId: string) => {
    let id = ids.get(oldId);
    if (!id) {
      id = options.newId();
      ids.set(oldId, id);
    }
    return id;
  };
  const meetingId = idFor(source.meeting.id);
  const fresh = {
    createdAt: options.now,
    updatedAt: options.now,
    deletedAt: null,
    createdBy: options.deviceId,
  };
  const live = <T extends { deletedAt: number | null }>(list: T[]) =>
    list.filter((record) => record.deletedAt === null);
  const child = <T extends { id: string; deletedAt: number | null }>(record: T): T => ({
    ...record,
    ...fresh,
    id: idFor(record.id),
    meetingId,
  });
  const liveStepIds = new Set(live(source.agenda).map((step) => step.id));
  const single = <T extends { id: string; deletedAt: number | null }>(record: T | null) =>
    record && record.deletedAt === null ? child(record) : null;

  return {
    meeting: {
      ...source.meeting,
      ...fresh,
      id: meetingId,
      title: options.title ?? source.meeting.title,
      status: 'draft',
      currentStepId: null,
      liveStartedAt: null,
      moveOnSignalAt: null,
      publishedAt: null,
      // None yet: the store revises every field of a meeting made here when it writes it.
      revisions: {},
    },
    participants: live(source.participants).map(child),
    agenda: live(source.agenda).map((step) => ({
      ...child(step),
      accumulatedSeconds: 0,
      runningSince: null,
      completed: false,
    })),
    timeline: live(source.timeline).map(child),
    impact: single(source.impact),
    questions: live(source.questions).map(child),
    questionNotes: live(source.questionNotes).map(child),
    rootCause: single(source.rootCause),
    rootCauseItems: live(source.rootCauseItems).map(child),
    lessons: live(source.lessons).map(child),
    actionItems: live(source.actionItems).map(child),
    parkingLot: live(source.parkingLot).map((item) => ({
      ...child(item),
      // Deleted steps are not copied: pointing at one would leave a reference to nothing, and
      // the copy could then never be exported (a bundle's parking-lot items must name a step).
      stepId: item.stepId !== null && liveStepIds.has(item.stepId) ? idFor(item.stepId) : null,
    })),
    importPeople: live(source.importPeople).map(child),
  };
}

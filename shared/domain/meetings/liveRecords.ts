import type { MeetingRecords } from '../../types';

/** Records still alive: deleted ones are kept for merging and undo, never reported. */
export function liveRecords(records: MeetingRecords): MeetingRecords {
  const alive = <T extends { deletedAt: number | null }>(list: T[]) =>
    list.filter((r) => r.deletedAt === null);
  const aliveOne = <T extends { deletedAt: number | null }>(record: T | null) =>
    record && record.deletedAt === null ? record : null;
  return {
    meeting: records.meeting,
    participants: alive(records.participants),
    agenda: alive(records.agenda),
    timeline: alive(records.timeline),
    impact: aliveOne(records.impact),
    questions: alive(records.questions),
    questionNotes: alive(records.questionNotes),
    rootCause: aliveOne(records.rootCause),
    rootCauseItems: alive(records.rootCauseItems),
    lessons: alive(records.lessons),
    actionItems: alive(records.actionItems),
    parkingLot: alive(records.parkingLot),
    importPeople: alive(records.importPeople),
  };
}

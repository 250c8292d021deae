import type { Candidate } from './types';

/**
 * Settles what the order of the rows says about their times, and says so on each row: a
 * repeated (fall-back) wall time takes its later reading when the earlier one would go back
 * before the row above; a row still earlier than the row above is flagged as going backwards
 * (kept at its own time: the log is sorted by time, nothing is shifted).
 */
export function settleTimes(candidates: readonly Candidate[]): Candidate[] {
  let previousAt: number | null = null;
  return candidates.map((candidate) => {
    let settled = candidate;
    const note = candidate.time;
    if (note?.kind === 'repeated' && previousAt !== null && note.chosen === 'earlier' && note.earlier < previousAt && note.later >= previousAt) {
      settled = { ...candidate, at: note.later, time: { ...note, chosen: 'later' } };
    } else if (previousAt !== null && candidate.at < previousAt && note === null) {
      settled = { ...candidate, time: { kind: 'backwards', previousAt } };
    }
    previousAt = Math.max(previousAt ?? settled.at, settled.at);
    return settled;
  });
}

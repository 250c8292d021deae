import type { RepeatedNote, TimeNote } from '../timeOfDay';
import type { Candidate } from './types';

/** A repeated (fall-back) wall time's note: its two instants, the one taken, and what took it. */
type Reading = RepeatedNote['chosen'];

/** The reading of a repeated (fall-back) wall time the person picked, by row `line`. */
export type RepeatedChoices = Readonly<Record<string, Reading>>;

/**
 * What the person said about repeated (fall-back) times: the reading of single rows (`rows`), and
 * the reading of every other row whose time the order of the log cannot place (`unplaced`: the
 * CLI's --repeated-hour, which cannot name rows it has not read). Neither: such a row is asked.
 */
export interface TimePicks {
  rows?: RepeatedChoices;
  unplaced?: Reading;
}

/** A repeated time the order of the log cannot place and nobody picked: an import waits for the pick. */
export function needsChoice(note: TimeNote | null): note is RepeatedNote {
  return note?.kind === 'repeated' && note.by === 'ask';
}

const instantOf = (note: RepeatedNote, reading: Reading) => (reading === 'earlier' ? note.earlier : note.later);

/**
 * The latest instant each row can be at while the rows below it stay in order: a repeated time
 * takes its latest reading not after the row below (its later one when neither is: the log goes
 * backwards there anyway), or the one the person picked.
 */
function latestInOrder(candidates: readonly Candidate[], chosen: RepeatedChoices): number[] {
  const latest: number[] = new Array<number>(candidates.length);
  for (let index = candidates.length - 1; index >= 0; index -= 1) {
    const candidate = candidates[index]!;
    const note = candidate.time;
    const below = latest[index + 1] ?? Infinity;
    if (note?.kind !== 'repeated') latest[index] = candidate.at;
    else {
      const picked = chosen[String(candidate.line)];
      latest[index] =
        picked !== undefined ? instantOf(note, picked) : note.later <= below || note.earlier > below ? note.later : note.earlier;
    }
  }
  return latest;
}

/**
 * A repeated time's reading: the person's for the row, else the only one between the row above
 * and the row below; when both fit, or neither does (the log goes backwards there), the order
 * cannot tell, so the reading given for every such row is taken, or the person is asked and the
 * reader's reading stands until they pick.
 */
function settleRepeated(
  note: RepeatedNote,
  picks: TimePicks,
  key: string,
  after: number,
  before: number,
): RepeatedNote {
  const picked = picks.rows?.[key];
  if (picked !== undefined) return { ...note, chosen: picked, by: 'person' };
  const fits = (['earlier', 'later'] as const).filter((reading) => {
    const at = instantOf(note, reading);
    return at >= after && at <= before;
  });
  if (fits.length === 1) return { ...note, chosen: fits[0]!, by: 'order' };
  return picks.unplaced === undefined
    ? { ...note, by: 'ask' }
    : { ...note, chosen: picks.unplaced, by: 'person' };
}

/**
 * Settles what the order of the rows says about their times, and says so on each row. A
 * repeated (fall-back) wall time takes the reading the person picked for it (`picks.rows`, by
 * line), else the only reading that keeps it between the row above and the row below (`by:
 * 'order'`); when both do (or neither), nothing in the log tells them apart, so it takes
 * `picks.unplaced`, or it is asked (`by: 'ask'`, the reader's reading taken until the person
 * picks). A row still earlier than the row above is flagged as going backwards (kept at its own
 * time: the log is sorted by time, nothing is shifted).
 */
export function settleTimes(candidates: readonly Candidate[], picks: TimePicks = {}): Candidate[] {
  const latest = latestInOrder(candidates, picks.rows ?? {});
  let previousAt: number | null = null;
  return candidates.map((candidate, index) => {
    let settled = candidate;
    const note = candidate.time;
    if (note?.kind === 'repeated') {
      const after = previousAt ?? -Infinity;
      // A row below that is before the row above goes backwards itself: it says nothing about this one.
      const below = latest[index + 1] ?? Infinity;
      const time = settleRepeated(
        note,
        picks,
        String(candidate.line),
        after,
        below < after ? Infinity : below,
      );
      settled = { ...candidate, at: instantOf(time, time.chosen), time };
    } else if (previousAt !== null && candidate.at < previousAt && note === null) {
      settled = { ...candidate, time: { kind: 'backwards', previousAt } };
    }
    previousAt = Math.max(previousAt ?? settled.at, settled.at);
    return settled;
  });
}

import { useMemo } from 'react';
import { meetingContext } from '../../../shared/domain/coach/meetingFindings';
import { importWording } from '../../../shared/domain/timeline/sources/importWording';
import { unplacedTimes, type ImportPlan } from '../../../shared/domain/timeline/sources/planImport';
import type { SourcesReading } from '../../../shared/domain/timeline/sources/readSources';
import { countOf, fittedSummary, readingSummary } from '../../../shared/domain/timeline/sources/summary';
import { PARTICIPANT_ROLE_LABELS } from '../../../shared/domain/vocabulary';
import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { selectMeetingClock } from '../clock/clockSlice';
import { ImportNoise } from './ImportNoise';
import { ImportPeople } from './ImportPeople';
import { ImportPreview } from './ImportPreview';
import { ReadAs } from './ReadAs';
import { changesDay } from './importText';
import type { RowPicking } from './useRowPicks';

interface ImportReviewProps {
  records: MeetingRecords;
  reading: SourcesReading;
  plan: ImportPlan;
  /** Each person the sources name → the role or team written as the actor. */
  people: Record<string, string>;
  onPerson(person: string, role: string): void;
  keyword: string;
  markedOnly: boolean;
  onKeyword(keyword: string): void;
  onMarkedOnly(markedOnly: boolean): void;
  rows: RowPicking;
  /** Another reading picked for the source at `index`. */
  onReadAs(index: number, reading: string): void;
}

/**
 * The import's step after reading: what was read and how (each source's reading can be changed),
 * the people to map, the noise to leave out, and the preview of every row with what Import does
 * with it.
 */
export function ImportReview({ records, reading, plan, people, rows, ...props }: ImportReviewProps) {
  const { timeZone } = records.meeting;
  const clock = useApp(selectMeetingClock);
  const wording = useMemo(
    () => importWording(plan.toImport, plan.people, meetingContext(records)),
    [plan, records],
  );
  const suggestions = useMemo(
    () =>
      [
        ...new Set([
          ...records.timeline.map((event) => event.actor).filter(Boolean),
          ...records.participants.map((participant) => PARTICIPANT_ROLE_LABELS[participant.role]),
        ]),
      ].sort(),
    [records.timeline, records.participants],
  );

  const count = plan.toImport.length;
  const leftOut = plan.rows.length - count;
  const changedDay = plan.rows.filter(({ candidate }) => changesDay(candidate.time)).length;
  const unpicked = unplacedTimes(plan).length;
  const presentKinds = [...new Set(plan.rows.map((planned) => planned.row.kind))];
  const fitted = fittedSummary(reading.candidates, reading.numberedBy ?? reading.unit);

  return (
    <>
      <div className="import-dialog__reading">
        <p className="import-preview__summary" role="status">
          {readingSummary(reading, count)} to import
          {leftOut > 0 ? `, ${leftOut} left out` : ''}
          {changedDay > 0
            ? `; ${changedDay === 1 ? '1 time changes' : `${changedDay} times change`} day, marked below`
            : ''}
          {unpicked > 0
            ? `; ${unpicked === 1 ? '1 time' : `${unpicked} times`} in the hour the clocks went back ${unpicked === 1 ? 'needs' : 'need'} your choice below`
            : ''}
          {fitted ? `; ${fitted}` : ''}
          {reading.errors.length > 0 ? `; ${countOf(reading.errors.length, 'problem')}` : ''}.
        </p>
        {reading.parts.map((part, index) => (
          <ReadAs
            key={`${index}:${part.name}`}
            part={part}
            named={reading.parts.length > 1}
            onChange={(choice) => props.onReadAs(index, choice)}
          />
        ))}
      </div>
      <ImportPeople
        people={plan.people}
        mapping={people}
        suggestions={suggestions}
        onChange={props.onPerson}
      />
      {plan.rows.length > 0 ? (
        <ImportNoise
          keyword={props.keyword}
          markedOnly={props.markedOnly}
          anyMarked={reading.candidates.some((candidate) => candidate.marked)}
          kinds={presentKinds}
          onKeyword={props.onKeyword}
          onMarkedOnly={props.onMarkedOnly}
          onChangeKinds={(from, to) => rows.changeKinds(plan, from, to)}
        />
      ) : null}
      <ImportPreview
        reading={reading}
        plan={plan}
        wording={wording}
        timeZone={timeZone}
        clock={clock}
        onToggle={rows.toggle}
        onKeepInstead={(planned) => rows.keepInstead(plan, planned)}
        onKind={rows.setKind}
        onTime={rows.setTime}
      />
    </>
  );
}

import { useId } from 'react';
import type { MeetingRecords } from '../../../../shared/types';
import { impactFacts } from './impactFacts';
import './stepContent.css';

/** Impact: the filled-in numbers as large tiles, and the customers' reactions in their words. */
export function ImpactContent({ records }: { records: MeetingRecords }) {
  const facts = impactFacts(records);
  const reactions = records.impact?.customerReactions ?? '';
  const reactionsId = useId();
  return (
    <div className="projector__content projector-impact">
      {facts.length === 0 && reactions === '' ? (
        <p className="projector-list__empty">Nothing recorded yet.</p>
      ) : (
        <dl className="projector-impact__facts">
          {facts.map((fact) => (
            <div
              key={fact.label}
              className={
                fact.text ? 'projector-impact__fact projector-impact__fact--text' : 'projector-impact__fact'
              }
            >
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {reactions ? (
        <section className="projector-impact__reactions" aria-labelledby={reactionsId}>
          <h2 id={reactionsId}>Customer reactions</h2>
          <p>{reactions}</p>
        </section>
      ) : null}
    </div>
  );
}

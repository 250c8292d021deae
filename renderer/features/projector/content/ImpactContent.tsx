import { useId } from 'react';
import type { MeetingRecords } from '../../../../shared/types';
import { impactFacts } from './impactFacts';
import './stepContent.css';

/** A passage of the impact in people's own words, headed; nothing when it is empty. */
function ImpactText({ title, text }: { title: string; text: string }) {
  const headingId = useId();
  if (text.trim() === '') return null;
  return (
    <section className="projector-impact__words" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{text}</p>
    </section>
  );
}

/**
 * Impact: the filled-in numbers as large tiles, then the customers' reactions and the impact
 * notes in their words.
 */
export function ImpactContent({ records }: { records: MeetingRecords }) {
  const facts = impactFacts(records);
  const reactions = records.impact?.customerReactions ?? '';
  const notes = records.impact?.notes ?? '';
  return (
    <div className="projector__content projector-impact">
      {facts.length === 0 && reactions.trim() === '' && notes.trim() === '' ? (
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
      <ImpactText title="Customer reactions" text={reactions} />
      <ImpactText title="Notes" text={notes} />
    </div>
  );
}

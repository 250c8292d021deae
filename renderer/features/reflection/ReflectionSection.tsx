import { REFLECTION_ASPECTS, REFLECTION_ASPECT_LABELS } from '../../../shared/domain/coach/reflectionAspects';
import type { MeetingRecords } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { AutosaveField } from '../autosave/AutosaveField';
import { useReflection } from '../coach/useCoach';
import { useNow } from '../meetings/useNow';
import { CheckList } from './CheckList';
import { PublishPanel } from './PublishPanel';
import './reflection.css';

/**
 * The reflection after the meeting (DESIGN.md section 2, issue #14): the six aspects in order,
 * each with the checks the app can compute and a short note that saves as it is typed. It lives
 * on the console only; the projector never shows it.
 */
export function ReflectionSection({ records }: { records: MeetingRecords }) {
  const now = useNow(60_000);
  const { notes, checks } = useReflection(records, now);
  const setNote = useApp((state) => state.setReflectionNote);
  const open = checks.filter((item) => item.state === 'open').length;

  return (
    <div className="reflection">
      <div className="reflection__intro">
        <h2>Reflection</h2>
        <p className="muted">
          After the meeting, six aspects of how the incident was understood and handled.{' '}
          {open === 0 ? 'No check is open.' : `${open} ${open === 1 ? 'check is' : 'checks are'} open.`} The
          notes land in the report.
        </p>
      </div>
      <div className="reflection__aspects">
        {REFLECTION_ASPECTS.map((aspect) => {
          const label = REFLECTION_ASPECT_LABELS[aspect];
          const headingId = `reflection-${aspect}`;
          return (
            <section key={aspect} className="panel reflection__aspect" aria-labelledby={headingId}>
              <h3 id={headingId}>{label}</h3>
              <CheckList
                checks={checks.filter((item) => item.aspect === aspect)}
                label={`Checks: ${label}`}
              />
              {notes === null ? (
                <p className="muted">Loading the note…</p>
              ) : (
                <AutosaveField
                  label={`Note on ${label.toLowerCase()}`}
                  multiline
                  rows={3}
                  value={notes[aspect] ?? ''}
                  save={(note) => setNote(aspect, note)}
                />
              )}
            </section>
          );
        })}
      </div>
      <PublishPanel meeting={records.meeting} checks={checks} />
    </div>
  );
}

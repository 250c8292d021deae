import { useState } from 'react';
import { openBeforePublishing, type ReflectionCheck } from '../../../shared/domain/coach/reflectionChecks';
import type { Meeting } from '../../../shared/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../store/useApp';
import { CheckList } from './CheckList';

/**
 * Moving the meeting to "published": the dialog shows what the reflection still finds open, and
 * publishing goes ahead whatever it lists (a nudge, never a gate).
 */
export function PublishPanel({ meeting, checks }: { meeting: Meeting; checks: readonly ReflectionCheck[] }) {
  const write = useApp((state) => state.writeRecord);
  const [asking, setAsking] = useState(false);
  const open = openBeforePublishing(checks);
  const setStatus = (status: Meeting['status']) =>
    write('meetings.update', { id: meeting.id, patch: { status } });
  const published = meeting.status === 'published';

  return (
    <section className="panel reflection__publish" aria-labelledby="reflection-publish-title">
      <h3 id="reflection-publish-title">Publication</h3>
      <p>
        {published
          ? 'This meeting is published.'
          : `${open.length === 0 ? 'Nothing is open.' : `${open.length} ${open.length === 1 ? 'check is' : 'checks are'} still open.`} Publishing never waits for them.`}
      </p>
      {published ? (
        <Button onClick={() => void setStatus('review')}>Back to review</Button>
      ) : (
        <Button variant="primary" onClick={() => setAsking(true)}>
          Mark as published…
        </Button>
      )}
      {asking ? (
        <Dialog title="Publish this meeting?" onClose={() => setAsking(false)}>
          {open.length === 0 ? (
            <p>Every check of the reflection is met or does not apply.</p>
          ) : (
            <>
              <p>Still open, for the record (publishing goes ahead either way):</p>
              <CheckList checks={open} label="Still open" />
            </>
          )}
          <div className="dialog__buttons">
            <Button
              variant="primary"
              data-autofocus
              onClick={() => {
                setAsking(false);
                void setStatus('published');
              }}
            >
              {open.length === 0 ? 'Publish' : 'Publish anyway'}
            </Button>
            <Button onClick={() => setAsking(false)}>Cancel</Button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}

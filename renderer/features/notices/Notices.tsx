import { useShallow } from 'zustand/react/shallow';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import type { Notice } from './noticesSlice';

/**
 * What just happened ("Deleted …" with Undo) and what failed. Both live regions are always in the
 * page, because screen readers only announce changes to a region they already know about.
 */
export function Notices() {
  const statuses = useApp(useShallow((state) => state.notices.filter((notice) => notice.tone === 'status')));
  const errors = useApp(useShallow((state) => state.notices.filter((notice) => notice.tone === 'error')));
  return (
    <div className="notices">
      <div role="alert" className="notices__region">
        {errors.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="notices__region">
        {statuses.map((notice) => (
          <NoticeItem key={notice.id} notice={notice} />
        ))}
      </div>
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const dismissNotice = useApp((state) => state.dismissNotice);
  const { action } = notice;
  return (
    <div className={`notice notice--${notice.tone}`}>
      <p className="notice__message">{notice.message}</p>
      {action ? (
        <Button
          variant="primary"
          onClick={() => {
            dismissNotice(notice.id);
            void action.run();
          }}
        >
          {action.label}
        </Button>
      ) : null}
      <Button
        variant="quiet"
        aria-label={`Dismiss: ${notice.message}`}
        onClick={() => dismissNotice(notice.id)}
      >
        Dismiss
      </Button>
    </div>
  );
}

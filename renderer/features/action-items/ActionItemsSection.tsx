import { useState } from 'react';
import type { MeetingRecords } from '../../../shared/types';
import { COMMAND_KEY } from '../../components/Kbd';
import { ActionItemList } from './ActionItemList';
import { ExportActionItems } from './ExportActionItems';
import { GroupedActionItems, type Grouping } from './GroupedActionItems';
import { QuickAddActionItem } from './QuickAddActionItem';
import { ReadinessPanel } from './ReadinessPanel';
import './actionItems.css';
import './actionItemList.css';

type View = 'priority' | Grouping;

const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'priority', label: 'Priority order' },
  { id: 'question', label: 'By question' },
  { id: 'type', label: 'By type' },
];

/**
 * The Action items tab: capture, refine in place, put in priority order, check readiness. The
 * Action review step shows it too, with the item under review marked in the ranked list.
 */
export function ActionItemsSection({
  records,
  reviewedItemId = null,
}: {
  records: MeetingRecords;
  reviewedItemId?: string | null;
}) {
  const items = records.actionItems;
  const [view, setView] = useState<View>('priority');
  return (
    <div className="action-items">
      <section className="action-items__main" aria-labelledby="action-items-title">
        <h2 id="action-items-title">
          Action items <span className="panel__aside">{items.length} in priority order</span>
        </h2>
        <p className="muted action-items__help">
          {COMMAND_KEY}+Shift+A adds an item from anywhere in the meeting. Drag the handle, or press Space on
          it and use the arrow keys, to change the priority; Alt+↑ and Alt+↓ move the item you are editing.
          Fields save when you press Enter or leave them; Escape undoes your typing.
        </p>
        <QuickAddActionItem />
        {items.length === 0 ? (
          <p className="action-items__empty">
            No action items yet. Each one should say what will change, who owns it and by when.
          </p>
        ) : (
          <>
            <div className="action-items__views" role="group" aria-label="Show">
              {VIEWS.map((option) => (
                <button
                  key={option.id}
                  type="button"
                  className="action-items__view"
                  aria-pressed={view === option.id}
                  onClick={() => setView(option.id)}
                >
                  {option.label}
                </button>
              ))}
            </div>
            {view === 'priority' ? (
              <ActionItemList items={items} reviewedId={reviewedItemId} />
            ) : (
              <GroupedActionItems items={items} grouping={view} />
            )}
          </>
        )}
      </section>
      <div className="action-items__side">
        <ReadinessPanel records={records} />
        <ExportActionItems />
      </div>
    </div>
  );
}

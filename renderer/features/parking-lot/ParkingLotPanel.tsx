import { orderedSteps } from '../../../shared/domain/agenda/walk';
import type { MeetingRecords, ParkingLotItem } from '../../../shared/types';
import { Button } from '../../components/Button';
import { useApp } from '../../store/useApp';
import { InlineTextField } from '../action-items/InlineTextField';
import { SavingMark, useSaving } from '../notices/SavingMark';
import '../action-items/actionItemList.css';
import './parkingLot.css';

/**
 * The parking lot on the console: every parked remark with the step it came up in, open ones
 * first. Items are resolved (or reopened), edited in place, and deleted with Undo.
 */
export function ParkingLotPanel({ records }: { records: MeetingRecords }) {
  const openCapture = useApp((state) => state.setParkingLotCaptureOpen);
  const steps = orderedSteps(records.agenda);
  const stepTitle = (item: ParkingLotItem) =>
    steps.find((step) => step.id === item.stepId)?.title ?? 'No step';
  const items = [...records.parkingLot].sort((a, b) => Number(a.resolved) - Number(b.resolved));
  const openCount = items.filter((item) => !item.resolved).length;
  return (
    <section className="parking-lot" aria-labelledby="parking-lot-title">
      <div className="parking-lot__head">
        <h2 id="parking-lot-title">
          Parking lot <span className="panel__aside">{openCount} open</span>
        </h2>
        <Button variant="quiet" aria-keyshortcuts="Control+Shift+P" onClick={() => openCapture(true)}>
          Park a remark
        </Button>
      </div>
      {items.length === 0 ? (
        <p className="muted">
          Nothing parked. Ctrl/⌘+Shift+P parks an off-topic remark from anywhere, or the event selected in the
          log.
        </p>
      ) : (
        <ul className="parking-lot__list">
          {items.map((item) => (
            <ParkingLotRow key={item.id} item={item} stepTitle={stepTitle(item)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ParkingLotRow({ item, stepTitle }: { item: ParkingLotItem; stepTitle: string }) {
  const update = useApp((state) => state.updateParkingLotItem);
  const remove = useApp((state) => state.removeParkingLotItem);
  const saving = useSaving(item.id);
  return (
    <li
      className={`parking-lot__item${item.resolved ? ' parking-lot__item--resolved' : ''}`}
      aria-busy={saving || undefined}
    >
      <label className="parking-lot__resolved">
        <input
          type="checkbox"
          checked={item.resolved}
          onChange={(event) => void update(item.id, { resolved: event.target.checked })}
        />
        <span className="visually-hidden">Resolved: {item.text}</span>
      </label>
      <InlineTextField
        label={`Parked in ${stepTitle}`}
        className="parking-lot__text"
        wrap
        value={item.text}
        maxLength={2000}
        coach={{ kind: 'parkingLot', record: item, field: 'text' }}
        onCommit={(text) =>
          text.trim() === ''
            ? Promise.resolve('Delete the item instead of emptying it.')
            : update(item.id, { text })
        }
      />
      {saving ? <SavingMark /> : null}
      <Button variant="quiet" aria-label={`Delete “${item.text}”`} onClick={() => void remove(item.id)}>
        Delete
      </Button>
    </li>
  );
}

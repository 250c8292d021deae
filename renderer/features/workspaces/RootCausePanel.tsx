import {
  FISHBONE_CATEGORIES,
  FISHBONE_CATEGORY_LABELS,
  type FishboneCategory,
  type RootCauseItemKind,
} from '../../../shared/domain/vocabulary';
import type { MeetingRecords, RootCauseItem } from '../../../shared/types';
import { useApp } from '../../store/useApp';
import { AutosaveField } from '../autosave/AutosaveField';
import { RecordList } from './RecordList';

const LISTS: readonly { kind: RootCauseItemKind; title: string; noun: string }[] = [
  { kind: 'contributing-factor', title: 'Contributing factors', noun: 'Factor' },
  { kind: 'why', title: '5 whys', noun: 'Why' },
];

/**
 * Root-cause material, captured wherever it comes up during the three questions (DESIGN.md
 * section 2): one meeting-wide record, so every question step shows and edits the same panel.
 */
export function RootCausePanel({ records }: { records: MeetingRecords }) {
  const write = useApp((state) => state.writeRecord);
  const capture = useApp((state) => state.captureNewRecord);
  const patch = useApp((state) => state.writeRecordPatch);
  const meetingId = records.meeting.id;
  const categorySelect = (item: RootCauseItem) => (
    <label className="record-list__extra">
      <span className="field__label">Category</span>
      <select
        value={item.category ?? ''}
        onChange={(event) =>
          void write('rootCauseItems.update', {
            id: item.id,
            patch: { category: event.target.value === '' ? null : (event.target.value as FishboneCategory) },
          })
        }
      >
        <option value="">None</option>
        {FISHBONE_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {FISHBONE_CATEGORY_LABELS[category]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="workspace__panel root-cause" aria-label="Root cause">
      <h3>Root cause</h3>
      <AutosaveField
        label="Primary cause"
        multiline
        rows={2}
        value={records.rootCause?.primaryCause ?? ''}
        save={(primaryCause) => write('rootCause.update', { meetingId, patch: { primaryCause } })}
        coach={
          records.rootCause
            ? { kind: 'rootCause', record: records.rootCause, field: 'primaryCause' }
            : undefined
        }
      />
      {LISTS.map(({ kind, title, noun }) => (
        <RecordList
          key={kind}
          draftKey={`root-cause/${kind}`}
          headingLevel="h4"
          title={title}
          noun={noun}
          items={records.rootCauseItems.filter((item) => item.kind === kind)}
          addText={(text) => capture('rootCauseItems', { kind, text })}
          updateText={(id, text) => patch('rootCauseItems', id, { text })}
          setPosition={(id, position) => patch('rootCauseItems', id, { position })}
          remove={(id) => write('rootCauseItems.remove', { id })}
          restore={(id) => write('rootCauseItems.restore', { id })}
          extra={categorySelect}
          coachKind="rootCauseItems"
        />
      ))}
    </section>
  );
}

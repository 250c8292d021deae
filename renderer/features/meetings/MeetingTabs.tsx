import { useRef, type KeyboardEvent } from 'react';
import { useApp } from '../../store/useApp';
import { MEETING_SECTIONS } from './meetingSections';

/**
 * The sections of the open meeting as an ARIA tab list: one tab stop, arrows/Home/End move
 * between tabs and show them (automatic activation: every section is cheap to show).
 */
export function MeetingTabs() {
  const current = useApp((state) => state.overview.section);
  const showSection = useApp((state) => state.showSection);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = MEETING_SECTIONS.findIndex((section) => section.id === current);
    const last = MEETING_SECTIONS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % MEETING_SECTIONS.length
        : event.key === 'ArrowLeft'
          ? (index + last) % MEETING_SECTIONS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    showSection(MEETING_SECTIONS[next]!.id);
    tabs.current[next]?.focus();
  }

  return (
    <div className="meeting-tabs" role="tablist" aria-label="Meeting sections" onKeyDown={handleKeyDown}>
      {MEETING_SECTIONS.map((section, index) => {
        const selected = section.id === current;
        return (
          <button
            key={section.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`meeting-tab-${section.id}`}
            aria-selected={selected}
            aria-controls="meeting-section"
            tabIndex={selected ? 0 : -1}
            className="meeting-tabs__tab"
            onClick={() => showSection(section.id)}
          >
            {section.label}
          </button>
        );
      })}
    </div>
  );
}

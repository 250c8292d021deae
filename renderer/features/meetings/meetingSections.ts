/**
 * The parts of an open meeting, in tab order. Each feature owns the component of its section
 * (wired in MeetingSectionContent.tsx); this list is what the tabs and their shortcuts read.
 * `readsLaterLists`: the section shows or checks the action items or the parking lot, which load
 * after the first paint (`LISTS_AFTER_FIRST_PAINT`), so it says "Loading…" until they are in.
 */
export const MEETING_SECTIONS = [
  { id: 'overview', label: 'Overview', readsLaterLists: false },
  { id: 'live', label: 'Run the meeting', readsLaterLists: true },
  { id: 'timeline', label: 'Event log', readsLaterLists: false },
  { id: 'actions', label: 'Action items', readsLaterLists: true },
  { id: 'reflection', label: 'Reflection', readsLaterLists: true },
  { id: 'report', label: 'Report', readsLaterLists: true },
] as const;

export type MeetingSectionId = (typeof MEETING_SECTIONS)[number]['id'];

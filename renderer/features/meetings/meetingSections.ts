/**
 * The parts of an open meeting, in tab order. Each feature owns the component of its section
 * (wired in MeetingSectionContent.tsx); this list is what the tabs and their shortcuts read.
 */
export const MEETING_SECTIONS = [
  { id: 'overview', label: 'Overview' },
  { id: 'live', label: 'Run the meeting' },
  { id: 'timeline', label: 'Event log' },
  { id: 'actions', label: 'Action items' },
  { id: 'reflection', label: 'Reflection' },
  { id: 'report', label: 'Report' },
] as const;

export type MeetingSectionId = (typeof MEETING_SECTIONS)[number]['id'];

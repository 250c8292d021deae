/**
 * The role or team each person named by an import's source was mapped to, remembered per
 * meeting on this computer, so a second export of the same incident (PagerDuty after Slack)
 * starts with the same mapping. Only the renderer's own storage: the mapping is a convenience
 * for the preview, and what is written to the meeting is the actor it produced.
 */
const keyOf = (meetingId: string) => `hindsight:import-people:${meetingId}`;

export function loadPeople(meetingId: string): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(keyOf(meetingId)) ?? '{}');
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function savePeople(meetingId: string, people: Record<string, string>): void {
  try {
    const kept = Object.fromEntries(Object.entries(people).filter(([, role]) => role.trim() !== ''));
    window.localStorage.setItem(keyOf(meetingId), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the mapping still applies to this import, it is only not remembered.
  }
}

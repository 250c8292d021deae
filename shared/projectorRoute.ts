/** Pure: shared by the renderer (which reads it), main (which opens the window) and the e2e harness. */
/** The page's address fragment that makes a window the projector: `#projector?meeting=<id>`. */
export function projectorHash(meetingId: string): string {
  return `projector?meeting=${encodeURIComponent(meetingId)}`;
}

/**
 * The meeting a projector window shows, read from `location.hash`: undefined when this window
 * is not a projector, null when it is one without a meeting named.
 */
export function projectorMeetingOf(hash: string): string | null | undefined {
  const match = /^#projector(?:\?(.*))?$/.exec(hash);
  if (!match) return undefined;
  return new URLSearchParams(match[1] ?? '').get('meeting') || null;
}

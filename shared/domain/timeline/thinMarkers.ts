import type { StripMarker } from './strip';

/** More labelled events than this and the strip's three label rows overlap into noise. */
export const MAX_KEY_LABELS = 24;
/** The strip's viewBox is 1,000 units wide: more than one tick per unit draws the same line. */
const TICK_COLUMNS = 1_000;

/**
 * What the strip draws of a long log (issue #3 point 7): one tick per column of the strip rather
 * than one per event, and, when there are too many key events to label, only the first of each
 * key kind (the milestones the room needs) plus the highlighted one. A log of ten events is
 * drawn whole; a log of 10,000 stays a readable picture instead of 10,000 SVG nodes.
 */
export function thinMarkers(
  markers: readonly StripMarker[],
  highlightedId: string | null,
): { ticks: StripMarker[]; keys: StripMarker[] } {
  const columns = new Set<number>();
  const ticks = markers.filter((marker) => {
    const column = Math.round(marker.x * TICK_COLUMNS);
    if (columns.has(column) && marker.event.id !== highlightedId) return false;
    columns.add(column);
    return true;
  });
  const allKeys = markers.filter((marker) => marker.key);
  if (allKeys.length <= MAX_KEY_LABELS) return { ticks, keys: allKeys };
  const seenKinds = new Set<string>();
  const keys = allKeys.filter((marker) => {
    if (marker.event.id === highlightedId) return true;
    if (seenKinds.has(marker.event.kind)) return false;
    seenKinds.add(marker.event.kind);
    return true;
  });
  return { ticks, keys };
}

import { screen, type Rectangle } from 'electron';
import { placeProjector, type ProjectorPlacement } from '../core/placeProjector';

/**
 * Feeds Electron's display list to the pure placement rule (electron/core/placeProjector.ts);
 * no decision is taken here, so the rule is tested in Node without Electron.
 */
export function projectorPlacement(consoleBounds: Rectangle | null): ProjectorPlacement {
  const displays = screen.getAllDisplays().map(({ id, bounds, workArea }) => ({ id, bounds, workArea }));
  return placeProjector(displays, screen.getPrimaryDisplay().id, consoleBounds);
}

import { selectCaptureDraftsUnsaved } from '../features/timeline/timelineSlice';
import type { AppState } from './createAppStore';
import { selectTextDraftsUnsaved } from './textDraftsSlice';

/**
 * Whether the store holds typed text not yet saved: a capture row's line or an add box's text
 * (the parking-lot box's among them), in any meeting (components/unsavedDrafts.ts asks before the
 * window goes).
 */
export const selectUnsavedText = (state: AppState): boolean =>
  selectCaptureDraftsUnsaved(state) || selectTextDraftsUnsaved(state);

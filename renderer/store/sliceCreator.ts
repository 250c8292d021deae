import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './createAppStore';

/**
 * The type of every feature slice: it sees (and may set) the whole app state, and contributes `S`.
 * Middleware belongs on the combined store only (STYLE.md B5), hence the empty mutator lists.
 */
export type SliceCreator<S> = StateCreator<AppState, [], [], S>;

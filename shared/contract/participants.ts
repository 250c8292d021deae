import { recordMethods } from './crud';

/** People in the room, by name and role (never as the cause of anything). */
export const participantMethods = recordMethods('participants');

import { records } from './records';
import { crudMethods } from './crud';
import type { Participant } from '../types';

export const ParticipantFields = records.Participant.pick({ name: true, role: true, position: true });

/** People in the room, by name and role (never as the cause of anything). */
export const participantMethods = crudMethods('participants', ParticipantFields, ['name'])<Participant>();

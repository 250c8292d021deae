import { recordMethods, reorderMethod } from './crud';

/**
 * Editing a meeting's agenda: add/update/remove/restore of a step (timer fields change only
 * through the timer methods of live.ts, which share the `agenda.` domain), and a new step order
 * saved in one transaction (positions 0..n-1), answered as the steps in that order.
 */
export const agendaMethods = {
  ...recordMethods('agenda'),
  ...reorderMethod('agenda'),
};

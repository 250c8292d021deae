import { recordMethods } from './crud';

/** Off-topic remarks, kept with the step they came up in. */
export const parkingLotMethods = recordMethods('parkingLot');

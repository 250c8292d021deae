import { records } from './records';
import { crudMethods } from './crud';
import type { ParkingLotItem } from '../types';

export const ParkingLotFields = records.ParkingLot.pick({ text: true, stepId: true, resolved: true });

export const parkingLotMethods = crudMethods('parkingLot', ParkingLotFields, ['text'])<ParkingLotItem>();

import { records } from './records';
import { crudMethods } from './crud';
import type { ActionItem } from '../types';

export const ActionItemFields = records.ActionItem.pick({
  title: true,
  question: true,
  type: true,
  owner: true,
  dueDate: true,
  successMeasure: true,
  rank: true,
  status: true,
  trackerUrl: true,
});

export const actionItemMethods = crudMethods('actionItems', ActionItemFields, ['title'])<ActionItem>();

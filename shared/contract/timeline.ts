import { records } from './records';
import { crudMethods } from './crud';
import type { TimelineEvent } from '../types';

export const TimelineEventFields = records.TimelineEvent.pick({
  at: true,
  kind: true,
  outcome: true,
  description: true,
  actor: true,
  evidence: true,
  source: true,
});

export const timelineMethods = crudMethods('timeline', TimelineEventFields, [
  'at',
  'description',
])<TimelineEvent>();

import { records } from './records';
import { crudMethods } from './crud';
import { timelineImportMethods } from './timelineImport';
import { timelineParkMethods } from './timelinePark';
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

/** The event log's methods: add/update/remove/restore of one event, the import of many, and parking one. */
export const timelineMethods = {
  ...crudMethods('timeline', TimelineEventFields, ['at', 'description'])<TimelineEvent>(),
  ...timelineImportMethods,
  ...timelineParkMethods,
};

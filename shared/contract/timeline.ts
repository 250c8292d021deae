import { recordMethods } from './crud';
import { timelineImportMethods } from './timelineImport';
import { timelineParkMethods } from './timelinePark';

/** The event log's methods: add/update/remove/restore of one event, the import of many, and parking one. */
export const timelineMethods = {
  ...recordMethods('timeline'),
  ...timelineImportMethods,
  ...timelineParkMethods,
};

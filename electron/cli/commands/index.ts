import type { CliCommand } from '../command';
import { actionsAddCommand } from './actionsAdd';
import { actionsExportCommand } from './actionsExport';
import { actionsListCommand } from './actionsList';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { meetingSetCommand } from './meetingSet';
import { mergeCommand } from './merge';
import { metricsCommand } from './metrics';
import { reviewCommand } from './review';
import { timelineImportCommand } from './timelineImport';
import { roomCommand } from './room';

/** Every command, in the order --help lists them. */
export const COMMANDS: readonly CliCommand<unknown>[] = [
  listCommand,
  importCommand,
  meetingSetCommand,
  mergeCommand,
  exportCommand,
  timelineImportCommand,
  metricsCommand,
  reviewCommand,
  actionsAddCommand,
  actionsListCommand,
  actionsExportCommand,
  roomCommand,
];

import { z } from 'zod';
import { method } from './define';
import { recordId } from './crud';
import { bundleText } from './bundleText';
import type { Meeting } from '../types';

/** A demo meeting shipped under resources/examples/. */
export interface ExampleSummary {
  id: string;
  title: string;
  description: string;
}

/** Where an export went; `null` when the person cancelled the save dialog. */
export type SavedFile = { filePath: string } | null;

export const ImportBundleInput = z.object({
  /** The bundle's JSON text, as read from the file the person chose. */
  content: bundleText,
  /** Shown in messages only. */
  fileName: z.string().max(1_000).optional(),
  /**
   * Import under fresh ids, so a meeting that is already in the library can be imported again
   * as a separate copy instead of being refused.
   */
  asCopy: z.boolean().default(false),
});

/** Moving meetings in and out of the library: bundles and the shipped examples. */
export const libraryMethods = {
  /** Writes the meeting's bundle to a file the person picks in a save dialog. */
  'bundle.exportToFile': method(z.object({ meetingId: recordId })).returns<SavedFile>(),
  /** Imports a bundle as a new meeting; nothing is written unless the whole bundle is valid. */
  'bundle.import': method(ImportBundleInput).returns<Meeting>(),
  'examples.list': method(z.object({})).returns<ExampleSummary[]>(),
  /** Imports a shipped example as a new meeting (always a fresh copy, so it can be loaded twice). */
  'examples.import': method(
    z.object({ exampleId: z.string().regex(/^[a-z0-9-]+$/, 'not an example id') }),
  ).returns<Meeting>(),
} as const;

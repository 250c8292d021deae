import { z } from 'zod';
import { BUNDLE_MAX_CHARS } from '../domain/bundle/bundleSchema';
import { tooLarge } from '../domain/bundle/bundleText';

/**
 * A bundle's JSON text as a contract input: its size is refused before any handler parses it,
 * so a huge file costs the main process one length check.
 */
export const bundleText = z.string().refine((text) => text.length <= BUNDLE_MAX_CHARS, {
  error: (issue) => tooLarge((issue.input as string).length),
});

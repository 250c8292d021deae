import path from 'node:path';

/**
 * Builds the renderer with Vite from `root`'s vite.config.ts, `overrides` merged over it (a test
 * builds into a folder of its own), always as the production bundle. Vite takes NODE_ENV from the
 * environment over its build mode, and Vitest sets it to `test`: a build started from a test or
 * the UI bench shipped React's development bundle (a third larger, and its render logging made
 * every keypress in the bench several times slower than the app's).
 */
export async function buildRenderer(root, overrides = {}) {
  // vite.config.ts imports TypeScript without extensions (our tsconfig's style), which Vite's
  // future native config loader will not do; the default bundling loader does, so hush it.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', ...overrides });
}

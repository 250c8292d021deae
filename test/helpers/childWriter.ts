import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { tempDir } from './tempDb';

const ROOT = path.resolve(__dirname, '../..');

/** The environment a bundled writer runs in: better-sqlite3 from the project's node_modules. */
export const WRITER_ENV = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };

/** `import sql from './0001_initial.sql?raw'`, as Vite and the app's build read it: the file as text. */
const sqlAsText: Plugin = {
  name: 'sql-raw',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.sql\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')),
    }));
  },
};

/**
 * Bundles test/electron/core/fixtures/actionItemWriter.ts (and the real core with it) into one
 * CommonJS file for a child Node process; better-sqlite3 stays outside.
 */
export async function bundleWriter(): Promise<string> {
  const outfile = path.join(tempDir('hindsight-writer-'), 'actionItemWriter.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'test/electron/core/fixtures/actionItemWriter.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    loader: { '.sql': 'text' },
    plugins: [sqlAsText],
    logLevel: 'silent',
  });
  return outfile;
}

// Builds everything `npm start`, the e2e tests and electron-builder load from dist/:
//   renderer  Vite (vite.config.ts)         → dist/renderer/index.html + assets
//   main      esbuild electron/main         → dist/main/index.cjs
//   preload   esbuild electron/preload      → dist/preload/index.cjs (ONE file)
//   cli       esbuild electron/cli          → dist/cli/hindsight.cjs
// main and cli each get the database's worker scripts beside them (dist/{main,cli}/
// integrityCheckWorker.cjs and walCheckpointWorker.cjs, found by electron/core/db/integrityCheck.ts
// and walCheckpoints.ts).
//
// Usage: node electron/build/build.mjs [renderer] [main] [preload] [cli]   (default: all)
//
// Why Vite + esbuild and not electron-vite: the preload must be ONE CommonJS file, because a
// sandboxed preload can only require('electron'); electron-vite's template leans towards ESM
// preloads that need `sandbox: false`. Vite gives the renderer its dev server and HMR; esbuild
// bundles the Node-side entries in milliseconds; and no framework sits between us and
// Electron's own options (webPreferences, CSP, packaging).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { cliNodeTarget, electronNodeTarget } from './nodeTargets.mjs';
import { buildRenderer } from './rendererBuild.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

/** `import sql from './0001_initial.sql?raw'` gives the file's text, as Vite does natively. */
export const rawTextPlugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await fs.promises.readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // The main process and the preload run on the Node inside Electron; the CLI overrides it below.
  target: electronNodeTarget(),
  sourcemap: 'linked',
  logLevel: 'silent',
  plugins: [rawTextPlugin],
  // better-sqlite3 loads a native addon, so it stays a real dependency in node_modules.
  external: ['electron', 'better-sqlite3'],
};

const targets = {
  renderer: async () => {
    await buildRenderer(root);
    return path.join(root, 'dist/renderer/index.html');
  },
  main: async () => {
    await bundleWorkers(nodeBundle, 'dist/main');
    return bundle({ ...nodeBundle, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.cjs' });
  },
  preload: () =>
    bundle({
      ...nodeBundle,
      // Sandboxed preloads have no Node: everything but electron (zod, shared/contract) is inlined.
      // Minified because every window parses it on load (zod is most of it: ~750 KB → ~450 KB).
      external: ['electron'],
      minify: true,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'dist/preload/index.cjs',
    }),
  cli: async () => {
    // The CLI runs on the person's own Node, as old as package.json's engines.node allows.
    const cliBundle = { ...nodeBundle, target: cliNodeTarget(), external: ['better-sqlite3'] };
    await bundleWorkers(cliBundle, 'dist/cli');
    const outfile = await bundle({
      ...cliBundle,
      entryPoints: ['electron/cli/index.ts'],
      outfile: 'dist/cli/hindsight.cjs',
      banner: { js: '#!/usr/bin/env node' },
    });
    fs.chmodSync(outfile, 0o755);
    return outfile;
  },
};

/** The database's worker threads (the integrity check, the WAL's checkpoints). */
const WORKERS = ['integrityCheckWorker', 'walCheckpointWorker'];

/**
 * The worker threads' scripts go beside the bundle that starts them: the core names each relative
 * to its own file (`__dirname`), which is the bundle's folder once bundled. Inside app.asar for
 * the app, which Electron's worker threads read like the main process does.
 */
function bundleWorkers(options, outdir) {
  return Promise.all(
    WORKERS.map((name) =>
      bundle({ ...options, entryPoints: [`electron/core/db/${name}.ts`], outfile: `${outdir}/${name}.cjs` }),
    ),
  );
}

async function bundle(options) {
  await esbuild.build({ ...options, absWorkingDir: root });
  return path.join(root, options.outfile);
}

async function main(argv) {
  const names = argv.length > 0 ? argv : Object.keys(targets);
  const unknown = names.filter((name) => !(name in targets));
  if (unknown.length > 0) {
    throw new Error(`Unknown build target ${unknown.join(', ')}; known: ${Object.keys(targets).join(', ')}.`);
  }
  const started = performance.now();
  // Independent outputs, so they build concurrently; each reports as it finishes.
  const results = await Promise.allSettled(
    names.map(async (name) => {
      const t0 = performance.now();
      const output = await targets[name]();
      const ms = Math.round(performance.now() - t0);
      console.log(`  ${name.padEnd(9)} ${rel(output)} (${kilobytes(output)}, ${ms} ms)`);
    }),
  );
  const failed = results.flatMap((result, index) =>
    result.status === 'rejected' ? [[names[index], result.reason]] : [],
  );
  for (const [name, error] of failed) {
    console.error(`\n✖ ${name} failed:\n${error?.message ?? error}`);
  }
  if (failed.length > 0) return 1;
  console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
  return 0;
}

function kilobytes(file) {
  return `${(fs.statSync(file).size / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`✖ ${error?.message ?? error}`);
      process.exit(1);
    },
  );
}

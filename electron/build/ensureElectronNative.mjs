// Makes sure better-sqlite3 has a build for the installed Electron, kept apart from Node's.
// Run by `npm start` (prestart) and `npm run dist`; safe to run any time: it does nothing when
// the build exists.
//
// Usage: node electron/build/ensureElectronNative.mjs [--arch <x64|arm64|ia32|arm>] [--force]
//
// Why: `npm test` needs better_sqlite3.node for Node's ABI and the app needs it for Electron's.
// Rebuilding node_modules in place for one breaks the other ("rebuild ping-pong"). Instead,
// node_modules/better-sqlite3 stays Node's build, and the Electron build goes to
// .native/electron-v<version>-<platform>-<arch>/better_sqlite3.node, which the main process
// hands to better-sqlite3 as `nativeBinding` (electron/core/nativeBinding.ts, the one place the
// path is named; this script bundles that file rather than repeating the rule).
//
// How: copy node_modules/better-sqlite3 to a temp folder and, there, first try the prebuilt
// binary better-sqlite3 publishes for Electron (prebuild-install), then compile it against
// Electron's headers (node-gyp). node_modules itself is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { installedElectronVersion, runningNodeTarget } from './nodeTargets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');

/** electron/core/nativeBinding.ts, bundled in memory so the naming rule exists only there. */
export async function loadNativeBindingRules() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'electron/core/nativeBinding.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: runningNodeTarget(),
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function main(args) {
  const arch = valueOf(args, '--arch') ?? process.arch;
  const electronVersion = installedElectronVersion();
  const rules = await loadNativeBindingRules();
  const target = rules.electronNativeBindingPath({
    rootDir: root,
    electronVersion,
    platform: process.platform,
    arch,
  });
  const shown = path.relative(root, target);
  if (fs.existsSync(target) && !args.includes('--force')) {
    console.log(
      `✓ better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch}) is ready: ${shown}`,
    );
    return 0;
  }
  if (!fs.existsSync(moduleDir)) throw new Error('better-sqlite3 is not installed: run `npm install` first.');

  console.log(
    `Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch}) → ${shown}`,
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hindsight-native-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    // Without build/: Node's compiled objects must not be mistaken for Electron's.
    fs.cpSync(moduleDir, copy, { recursive: true, filter: (file) => file !== path.join(moduleDir, 'build') });
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    const attempts = [
      [
        'prebuilt binary (prebuild-install)',
        bin('prebuild-install/bin.js'),
        [
          '--runtime',
          'electron',
          '--target',
          electronVersion,
          '--arch',
          arch,
          '--platform',
          process.platform,
          '--verbose',
        ],
      ],
      [
        'compile against Electron headers (node-gyp)',
        bin('node-gyp/bin/node-gyp.js'),
        [
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${electronVersion}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
      ],
    ];
    const failures = [];
    for (const [label, script, scriptArgs] of attempts) {
      console.log(`  trying: ${label}`);
      const run = spawnSync(process.execPath, [script, ...scriptArgs], {
        cwd: copy,
        stdio: 'inherit',
        env: electronBuildEnv(),
      });
      if (run.status === 0 && fs.existsSync(built)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // Copy then rename, so an interrupted run never leaves a half-written binary behind.
        fs.copyFileSync(built, `${target}.partial`);
        fs.renameSync(`${target}.partial`, target);
        console.log(`✓ better-sqlite3 for Electron ${electronVersion} built: ${shown}`);
        return 0;
      }
      failures.push(`${label}: ${run.error?.message ?? `exited with ${run.status ?? run.signal}`}`);
    }
    console.error(
      [
        `✖ Could not build better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch}).`,
        ...failures.map((failure) => `  - ${failure}`),
        '  Both need the network: the prebuilt binary comes from github.com/WiseLibs/better-sqlite3',
        '  releases, the headers from electronjs.org/headers (node-gyp also needs Python and a C++',
        '  compiler). Connect and run `node electron/build/ensureElectronNative.mjs` again.',
        '  `npm test` does not need this: it uses the Node build in node_modules.',
      ].join('\n'),
    );
    return 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function bin(relative) {
  const file = path.join(root, 'node_modules', relative);
  if (!fs.existsSync(file)) throw new Error(`${relative} is missing from node_modules: run \`npm install\`.`);
  return file;
}

/**
 * The child's environment without npm's build settings: under `npm start`, npm exports the
 * user's config (e.g. `nodedir`, set on machines that build offline against Node's headers) as
 * npm_config_* variables, and node-gyp would then build for Node instead of Electron.
 */
function electronBuildEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^npm_config_(nodedir|target|runtime|arch|target_arch|disturl|dist_url|build_from_source)$/i.test(name)
    ) {
      delete env[name];
    }
  }
  return env;
}

function valueOf(args, flag) {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
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

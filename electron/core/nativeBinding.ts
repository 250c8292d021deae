import path from 'node:path';

/**
 * better-sqlite3 is a native addon, and Node and Electron need different builds of it (different
 * ABIs). `npm test` uses Node's build in node_modules (made by `npm install`); the app uses an
 * Electron build kept beside it, per Electron version, platform and arch, which better-sqlite3
 * loads through its `nativeBinding` option. Neither build overwrites the other, so switching
 * between `npm test` and `npm start` never needs a rebuild.
 *
 * This file is the one naming rule: electron/build/ensureElectronNative.mjs bundles it (with
 * esbuild) to know where to put the Electron build, and the main process uses it to find it.
 */

/** Where electron-builder puts our Electron build, relative to `process.resourcesPath`. */
export const PACKAGED_NATIVE_BINDING = 'native/better_sqlite3.node';

/** The command that builds the Electron binary (`npm start` and `npm run dist` run it first). */
export const ENSURE_ELECTRON_NATIVE_COMMAND = 'node electron/build/ensureElectronNative.mjs';

export interface ElectronTarget {
  /** The project root (the folder holding package.json and .native/). */
  rootDir: string;
  /** Without a leading "v": "39.5.0". */
  electronVersion: string;
  /** Node's names: "linux", "darwin", "win32". */
  platform: string;
  /** Node's names: "x64", "arm64", "ia32", "arm". */
  arch: string;
}

/**
 * The Electron build of better_sqlite3.node for one Electron version, platform and arch:
 * `<root>/.native/electron-v45.5.0-linux-x64/better_sqlite3.node`. The folder name follows
 * Electron's own release names, which call 32-bit ARM "armv7l" where Node says "arm" (and so
 * does electron-builder's `${arch}`).
 */
export function electronNativeBindingPath(target: ElectronTarget): string {
  const arch = target.arch === 'arm' ? 'armv7l' : target.arch;
  const folder = `electron-v${target.electronVersion.replace(/^v/, '')}-${target.platform}-${arch}`;
  return path.join(target.rootDir, '.native', folder, 'better_sqlite3.node');
}

export interface RuntimeFacts {
  /** `process.versions`: `electron` is set only when running inside Electron. */
  versions: { readonly electron?: string; readonly [name: string]: string | undefined };
  platform: string;
  arch: string;
  rootDir: string;
  /** `process.resourcesPath` (Electron only). */
  resourcesPath?: string;
  /** `app.isPackaged` (Electron only). */
  packaged?: boolean;
  exists(file: string): boolean;
}

/** The Electron build of better-sqlite3 is not where the app expects it. */
export class NativeBindingMissingError extends Error {
  constructor(
    readonly file: string,
    hint: string,
  ) {
    super(`The SQLite driver built for Electron is missing: ${file}. ${hint}`);
    this.name = 'NativeBindingMissingError';
  }
}

/**
 * The `nativeBinding` to give better-sqlite3 in this runtime: undefined under plain Node (its
 * default build in node_modules is right), the per-version development build under Electron, or
 * the copy in the installed app's resources when packaged. Throws `NativeBindingMissingError`,
 * naming the file and the fix, rather than letting better-sqlite3 fail later with an ABI error.
 */
export function pickNativeBinding(facts: RuntimeFacts): string | undefined {
  const electronVersion = facts.versions.electron;
  if (!electronVersion) return undefined;

  if (facts.packaged) {
    if (!facts.resourcesPath) {
      throw new Error('The packaged app has no resources path, so its SQLite driver cannot be found.');
    }
    const file = path.join(facts.resourcesPath, ...PACKAGED_NATIVE_BINDING.split('/'));
    if (!facts.exists(file)) {
      throw new NativeBindingMissingError(file, 'The installation is incomplete: reinstall Hindsight.');
    }
    return file;
  }

  const file = electronNativeBindingPath({
    rootDir: facts.rootDir,
    electronVersion,
    platform: facts.platform,
    arch: facts.arch,
  });
  if (!facts.exists(file)) {
    throw new NativeBindingMissingError(
      file,
      `Build it with \`${ENSURE_ELECTRON_NATIVE_COMMAND}\` (\`npm start\` runs it for you).`,
    );
  }
  return file;
}

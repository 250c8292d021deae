import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGED_NATIVE_BINDING, electronNativeBindingPath } from '../../../electron/core/nativeBinding';

const ROOT = path.resolve(__dirname, '../../..');
const builderConfig = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
const installedElectron = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version as string;

// The scripts are plain .mjs, run by Node without a TypeScript step; import them as Node would.
const ensureElectronNative = () =>
  import(pathToFileURL(path.join(ROOT, 'electron/build/ensureElectronNative.mjs')).href) as Promise<{
    loadNativeBindingRules(): Promise<{ electronNativeBindingPath: typeof electronNativeBindingPath }>;
  }>;
const nodeTargets = () =>
  import(pathToFileURL(path.join(ROOT, 'electron/build/nodeTargets.mjs')).href) as Promise<{
    installedElectronVersion(): string;
  }>;

describe('ensureElectronNative', () => {
  it('builds for the installed Electron version', async () => {
    expect((await nodeTargets()).installedElectronVersion()).toBe(installedElectron);
  });

  it('puts the build where the main process looks for it, using the same naming rule', async () => {
    const rules = await (await ensureElectronNative()).loadNativeBindingRules();
    for (const arch of ['x64', 'arm64', 'arm']) {
      const target = { rootDir: ROOT, electronVersion: installedElectron, platform: 'linux', arch };
      expect(rules.electronNativeBindingPath(target)).toBe(electronNativeBindingPath(target));
    }
  });
});

describe('electron-builder.yml', () => {
  it('packages the Electron build made for the installed Electron version', () => {
    // electron-builder has no macro for the Electron version, so the yml names it: this is the
    // reminder to update it with Electron.
    const from = /from:\s*(\.native\/\S+)/.exec(builderConfig)?.[1];
    const expected = electronNativeBindingPath({
      rootDir: '',
      electronVersion: installedElectron,
      platform: '${platform}',
      arch: '${arch}',
    });
    expect(from).toBe(expected.split(path.sep).join('/'));
  });

  it('puts the binary where a packaged app looks for it', () => {
    expect(builderConfig).toMatch(
      new RegExp(`to:\\s*${PACKAGED_NATIVE_BINDING.replace(/\./g, '\\.')}\\s*$`, 'm'),
    );
  });

  it('never rebuilds node_modules in place', () => {
    expect(builderConfig).toMatch(/^npmRebuild:\s*false\s*$/m);
  });
});

describe('electron-builder.yml fuses', () => {
  /** The `key: true|false` lines indented under `electronFuses:`, as booleans. */
  const fuses = (() => {
    const block = /^electronFuses:\s*\n((?:[ \t]+.*\n?)*)/m.exec(builderConfig)?.[1] ?? '';
    return Object.fromEntries(
      [...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map(([, key, value]) => [key, value === 'true']),
    );
  })();
  const knownFuses = Object.keys(
    JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'))
      .definitions.FuseOptionsV1.properties,
  );

  it('switch off Node from outside and on ASAR-only loading, integrity and cookie encryption', () => {
    expect(fuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('are all fuses the installed electron-builder knows, so none is silently ignored', () => {
    expect(knownFuses).toEqual(expect.arrayContaining(Object.keys(fuses)));
  });

  it('keep the app in app.asar, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(builderConfig).not.toMatch(/^asar:\s*false/m);
  });
});

describe('package.json allowScripts', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    allowScripts?: Record<string, boolean>;
  };
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { hasInstallScript?: boolean }>;
  };
  /** Every locked package npm records as having an install script, by name. */
  const withInstallScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));

  // npm 12 skips the install script of any dependency allowScripts does not name: without an
  // entry, `npm install` would leave better-sqlite3 unbuilt and the app unable to open its file.
  it('names every dependency that has an install script, so none is skipped or run unreviewed', () => {
    expect(withInstallScripts.length).toBeGreaterThan(0);
    expect(Object.keys(manifest.allowScripts ?? {}).sort()).toEqual([...new Set(withInstallScripts)].sort());
  });

  it('lets the native SQLite build and the bundler install their binaries', () => {
    expect(manifest.allowScripts).toMatchObject({ 'better-sqlite3': true, esbuild: true });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NativeBindingMissingError,
  electronNativeBindingPath,
  pickNativeBinding,
  type RuntimeFacts,
} from '../../../electron/core/nativeBinding';

const root = path.join(path.sep, 'work', 'hindsight');
const resources = path.join(path.sep, 'opt', 'Hindsight', 'resources');
const devBuild = path.join(root, '.native', 'electron-v39.5.0-linux-x64', 'better_sqlite3.node');
const packagedBuild = path.join(resources, 'native', 'better_sqlite3.node');

function facts(overrides: Partial<RuntimeFacts> = {}): RuntimeFacts {
  return {
    versions: { electron: '39.5.0' },
    platform: 'linux',
    arch: 'x64',
    rootDir: root,
    exists: () => true,
    ...overrides,
  };
}

describe('electronNativeBindingPath', () => {
  it('names the folder after the Electron version, platform and arch', () => {
    expect(
      electronNativeBindingPath({ rootDir: root, electronVersion: '39.5.0', platform: 'linux', arch: 'x64' }),
    ).toBe(devBuild);
  });

  it('accepts a version written with a leading v', () => {
    expect(
      electronNativeBindingPath({
        rootDir: root,
        electronVersion: 'v39.5.0',
        platform: 'linux',
        arch: 'x64',
      }),
    ).toBe(devBuild);
  });

  it('uses Electron’s name armv7l for 32-bit ARM', () => {
    expect(
      electronNativeBindingPath({ rootDir: root, electronVersion: '39.5.0', platform: 'linux', arch: 'arm' }),
    ).toBe(path.join(root, '.native', 'electron-v39.5.0-linux-armv7l', 'better_sqlite3.node'));
  });

  it('keeps builds for different Electron versions apart', () => {
    const a = electronNativeBindingPath({
      rootDir: root,
      electronVersion: '39.5.0',
      platform: 'darwin',
      arch: 'arm64',
    });
    const b = electronNativeBindingPath({
      rootDir: root,
      electronVersion: '40.0.0',
      platform: 'darwin',
      arch: 'arm64',
    });
    expect(a).not.toBe(b);
  });
});

describe('pickNativeBinding', () => {
  it('leaves the choice to better-sqlite3 under plain Node', () => {
    expect(pickNativeBinding(facts({ versions: { node: '20.19.0' } }))).toBeUndefined();
  });

  it('picks the per-version development build under Electron', () => {
    const checked: string[] = [];
    const picked = pickNativeBinding(facts({ exists: (file) => (checked.push(file), true) }));
    expect(picked).toBe(devBuild);
    expect(checked).toEqual([devBuild]);
  });

  it('picks the copy in the app’s resources when packaged', () => {
    expect(pickNativeBinding(facts({ packaged: true, resourcesPath: resources }))).toBe(packagedBuild);
  });

  it('names the missing development build and the command that builds it', () => {
    const pick = () => pickNativeBinding(facts({ exists: () => false }));
    expect(pick).toThrow(NativeBindingMissingError);
    expect(pick).toThrow(devBuild);
    expect(pick).toThrow('node electron/build/ensureElectronNative.mjs');
    expect(pick).toThrow('npm start');
  });

  it('names the missing packaged build and asks for a reinstall', () => {
    const pick = () =>
      pickNativeBinding(facts({ packaged: true, resourcesPath: resources, exists: () => false }));
    expect(pick).toThrow(packagedBuild);
    expect(pick).toThrow('reinstall');
  });

  it('refuses a packaged app without a resources path', () => {
    expect(() => pickNativeBinding(facts({ packaged: true }))).toThrow('resources path');
  });
});

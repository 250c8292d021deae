import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const electronManifest = readJson('node_modules/electron/package.json');

// Plain .mjs, run by Node without a TypeScript step: imported as Node would.
const { cliNodeTarget, electronNodeTarget, esbuildNodeTarget, runningNodeTarget } = (await import(
  pathToFileURL(path.join(ROOT, 'electron/build/nodeTargets.mjs')).href
)) as {
  cliNodeTarget(): string;
  electronNodeTarget(): string;
  esbuildNodeTarget(range: string | undefined, where: string): string;
  runningNodeTarget(): string;
};

/** `node24.9.0` → [24, 9, 0]. */
const versionOf = (target: string) => target.replace(/^node/, '').split('.').map(Number);
const atLeast = (target: string, minimum: string) => {
  const [a, b] = [versionOf(target), versionOf(minimum)];
  const difference = a.map((part, index) => part - b[index]!).find((part) => part !== 0) ?? 0;
  return difference >= 0;
};

describe('esbuildNodeTarget', () => {
  it.each([
    ['^24.9.0', 'node24.9.0'],
    ['>=22.12', 'node22.12.0'],
    ['>= 22.12.0', 'node22.12.0'],
    ['~20.19.1', 'node20.19.1'],
    ['22', 'node22.0.0'],
  ])('reads the lowest version %s allows: %s', (range, target) => {
    expect(esbuildNodeTarget(range, 'engines.node')).toBe(target);
  });

  it.each(['*', '24.x', '<25', '^22.12 || ^24', '', undefined])(
    'refuses %j, which has no single minimum, naming where it came from',
    (range) => {
      expect(() => esbuildNodeTarget(range, 'package.json engines.node')).toThrow(
        /^No minimum Node version in package\.json engines\.node/,
      );
    },
  );
});

describe('the Node each bundle is built for', () => {
  it('main and preload: the Node line the installed Electron embeds (its own @types/node)', () => {
    const embeddedMajor = Number(/\d+/.exec(electronManifest.dependencies['@types/node'])![0]);
    expect(versionOf(electronNodeTarget())[0]).toBe(embeddedMajor);
  });

  it('the CLI: package.json engines.node, which asks for at least what installing Electron needs', () => {
    expect(cliNodeTarget()).toBe(esbuildNodeTarget(readJson('package.json').engines.node, 'engines'));
    expect(atLeast(cliNodeTarget(), esbuildNodeTarget(electronManifest.engines.node, 'electron'))).toBe(true);
  });

  it('the app never runs the shared core on an older Node than the CLI supports', () => {
    expect(atLeast(electronNodeTarget(), cliNodeTarget())).toBe(true);
  });

  it('build scripts: the Node running them', () => {
    expect(runningNodeTarget()).toBe(`node${process.versions.node}`);
  });
});

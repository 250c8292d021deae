// The Node versions the bundles are built for, read from what declares them rather than written
// here, so they follow an Electron upgrade or a new minimum Node by themselves:
//   main, preload  the Node the installed Electron embeds
//   cli            the oldest Node the CLI supports: package.json's engines.node
//   build scripts  the Node running them (ensureElectronNative.mjs bundles a rule and imports it)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The installed Electron's package.json, from node_modules (the binary itself may be absent). */
function electronPackage() {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  if (!fs.existsSync(file)) throw new Error('electron is not installed: run `npm install` first.');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function installedElectronVersion() {
  return electronPackage().version;
}

/**
 * esbuild's target for the main process and the preload: the Node inside the installed Electron.
 * Electron publishes no machine-readable Node version in its npm package, but the package depends
 * on the @types/node of the Node it embeds (Electron 45: `^24.9.0`, it embeds Node 24), so the
 * lowest version of that range is the embedded Node or older: always safe to target.
 */
export function electronNodeTarget() {
  return esbuildNodeTarget(
    electronPackage().dependencies?.['@types/node'],
    "electron's @types/node dependency",
  );
}

/** esbuild's target for the CLI, which runs on the Node a person has: the oldest it supports. */
export function cliNodeTarget() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return esbuildNodeTarget(manifest.engines?.node, 'package.json engines.node');
}

/** esbuild's target for code imported by the Node that runs this script. */
export function runningNodeTarget() {
  return `node${process.versions.node}`;
}

/**
 * `^24.9.0`, `>=22.12` or `22` → `node24.9.0`, `node22.12.0`, `node22.0.0`: the lowest version a
 * range allows. Anything else (`*`, `24.x`, `<25`, two ranges) has no single minimum, so it throws
 * rather than guess.
 */
export function esbuildNodeTarget(range, where) {
  const match = /^\s*(?:\^|~|>=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(range ?? '');
  if (!match) {
    throw new Error(
      `No minimum Node version in ${where} (${JSON.stringify(range)}): expected one like "^24.9.0" or ">=22.12".`,
    );
  }
  return `node${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`;
}

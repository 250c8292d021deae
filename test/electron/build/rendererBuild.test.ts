import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const { buildRenderer } = (await import(pathToFileURL(path.join(ROOT, 'electron/build/rendererBuild.mjs')).href)) as {
  buildRenderer(root: string, overrides?: object): Promise<void>;
};
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hindsight-renderer-'));
const nodeEnv = process.env.NODE_ENV;
afterAll(() => {
  process.env.NODE_ENV = nodeEnv;
  fs.rmSync(outDir, { recursive: true, force: true });
});

// A warning only React's development bundle carries.
const DEVELOPMENT_ONLY = 'Each child in a list should have a unique';

it('builds React’s production bundle even from a test, whose NODE_ENV is `test`', async () => {
  expect(process.env.NODE_ENV).toBe('test');
  await buildRenderer(ROOT, { build: { outDir, emptyOutDir: true } });
  const scripts = fs.readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(fs.readFileSync(path.join(outDir, 'assets', script), 'utf8'), script).not.toContain(DEVELOPMENT_ONLY);
  }
});

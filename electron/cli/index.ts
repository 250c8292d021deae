// The `#!/usr/bin/env node` line comes from electron/build/build.mjs (esbuild `banner`). It must
// not be here as well: esbuild keeps an entry's own hashbang too, and a second one is a syntax error.
import path from 'node:path';
import { invocationFolder } from './invocationFolder';
import { runCli } from './runCli';

// Bundled to dist/cli/hindsight.cjs (CommonJS, so __dirname is that folder): the examples ship
// in resources/examples at the package root, two levels up.
const examplesDir = path.resolve(__dirname, '../../resources/examples');

// exitCode rather than process.exit(): a large bundle written to a pipe is flushed first.
void runCli(
  process.argv.slice(2),
  {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: invocationFolder(process.env, process.cwd()),
    env: process.env,
  },
  { examplesDir },
).then((code) => {
  process.exitCode = code;
});

import os from 'node:os';
import { createDesktopApp } from './desktopApp';

// The main process entry (dist/main/index.cjs): the real process's facts in, nothing else.
// Everything it wires up lives in desktopApp.ts, which tests build against a mocked electron.
void createDesktopApp({
  argv: process.argv,
  env: process.env,
  platform: process.platform,
  arch: process.arch,
  versions: process.versions,
  resourcesPath: process.resourcesPath,
  homedir: os.homedir(),
  cwd: process.cwd(),
}).start();

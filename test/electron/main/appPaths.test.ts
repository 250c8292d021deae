import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, databasePath, roomHostFlag } from '../../../electron/main/appPaths';
import { defaultDatabasePath } from '../../../electron/core/paths';

const project = path.join(path.sep, 'src', 'hindsight');
const resources = path.join(path.sep, 'opt', 'Hindsight', 'resources');
const asar = path.join(resources, 'app.asar');
const where = {
  platform: 'linux' as const,
  env: {},
  homedir: path.join(path.sep, 'home', 'sam'),
  cwd: path.join(path.sep, 'work'),
};

describe('appPaths', () => {
  it('finds the bundles and the examples in the project during development', () => {
    expect(appPaths({ appPath: project, resourcesPath: resources, packaged: false })).toEqual({
      preload: path.join(project, 'dist', 'preload', 'index.cjs'),
      rendererHtml: path.join(project, 'dist', 'renderer', 'index.html'),
      rendererDir: path.join(project, 'dist', 'renderer'),
      examplesDir: path.join(project, 'resources', 'examples'),
    });
  });

  it('finds the bundles in app.asar and the examples beside it when packaged', () => {
    expect(appPaths({ appPath: asar, resourcesPath: resources, packaged: true })).toEqual({
      preload: path.join(asar, 'dist', 'preload', 'index.cjs'),
      rendererHtml: path.join(asar, 'dist', 'renderer', 'index.html'),
      rendererDir: path.join(asar, 'dist', 'renderer'),
      examplesDir: path.join(resources, 'examples'),
    });
  });
});

describe('databasePath', () => {
  it('uses the file named by --db, resolved against the working folder', () => {
    expect(databasePath({ ...where, argv: ['electron', '.', '--db', 'team.sqlite'] })).toBe(
      path.join(where.cwd, 'team.sqlite'),
    );
  });

  it('accepts --db=PATH', () => {
    expect(databasePath({ ...where, argv: ['hindsight', '--db=/data/team.sqlite'] })).toBe(
      path.resolve('/data/team.sqlite'),
    );
  });

  it('prefers --db over HINDSIGHT_DB', () => {
    const env = { HINDSIGHT_DB: '/data/from-env.sqlite' };
    expect(databasePath({ ...where, env, argv: ['hindsight', '--db', '/data/from-flag.sqlite'] })).toBe(
      path.resolve('/data/from-flag.sqlite'),
    );
  });

  it('refuses --db without a path', () => {
    expect(() => databasePath({ ...where, argv: ['hindsight', '--db'] })).toThrow('--db needs the path');
    expect(() => databasePath({ ...where, argv: ['hindsight', '--db', '--inspect'] })).toThrow(
      '--db needs the path',
    );
  });

  it('falls back to the rule the CLI shares: the user-data folder', () => {
    const expected = defaultDatabasePath({ platform: 'linux', env: {}, homedir: where.homedir });
    expect(databasePath({ ...where, argv: ['hindsight'] })).toBe(expected);
    expect(expected).toContain(where.homedir);
  });

  it('falls back to HINDSIGHT_DB, resolved against the working folder', () => {
    const env = { HINDSIGHT_DB: 'postmortems.sqlite' };
    expect(databasePath({ ...where, env, argv: ['hindsight'] })).toBe(
      path.join(where.cwd, 'postmortems.sqlite'),
    );
  });
});

describe('roomHostFlag', () => {
  it('reads --host ADDR and --host=ADDR, and nothing without it', () => {
    expect(roomHostFlag(['electron', '.', '--host', '10.0.0.5'])).toBe('10.0.0.5');
    expect(roomHostFlag(['electron', '.', '--host=127.0.0.1'])).toBe('127.0.0.1');
    expect(roomHostFlag(['electron', '.'])).toBeUndefined();
    expect(() => roomHostFlag(['electron', '.', '--host'])).toThrow('--host needs an address');
  });
});

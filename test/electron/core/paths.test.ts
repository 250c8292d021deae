import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../electron/core/paths';

describe('defaultDatabasePath', () => {
  it('uses %APPDATA%\\Hindsight on Windows, as Electron’s userData does', () => {
    const env = { APPDATA: 'C:\\Users\\amara\\AppData\\Roaming' };
    expect(defaultDatabasePath({ platform: 'win32', env, homedir: 'C:\\Users\\amara' })).toBe(
      'C:\\Users\\amara\\AppData\\Roaming\\Hindsight\\hindsight.sqlite',
    );
  });

  it('falls back to the roaming folder under the home folder when %APPDATA% is not set', () => {
    expect(defaultDatabasePath({ platform: 'win32', env: {}, homedir: 'C:\\Users\\amara' })).toBe(
      'C:\\Users\\amara\\AppData\\Roaming\\Hindsight\\hindsight.sqlite',
    );
  });

  it('uses ~/Library/Application Support/Hindsight on macOS', () => {
    expect(
      defaultDatabasePath({
        platform: 'darwin',
        env: { XDG_CONFIG_HOME: '/ignored' },
        homedir: '/Users/amara',
      }),
    ).toBe('/Users/amara/Library/Application Support/Hindsight/hindsight.sqlite');
  });

  it('uses $XDG_CONFIG_HOME/Hindsight on Linux when it is set', () => {
    expect(
      defaultDatabasePath({
        platform: 'linux',
        env: { XDG_CONFIG_HOME: '/data/amara/config' },
        homedir: '/home/amara',
      }),
    ).toBe('/data/amara/config/Hindsight/hindsight.sqlite');
  });

  it('uses ~/.config/Hindsight on Linux when $XDG_CONFIG_HOME is unset or empty', () => {
    for (const env of [{}, { XDG_CONFIG_HOME: '' }]) {
      expect(defaultDatabasePath({ platform: 'linux', env, homedir: '/home/amara' })).toBe(
        '/home/amara/.config/Hindsight/hindsight.sqlite',
      );
    }
  });

  it('prefers $HINDSIGHT_DB on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const env = { HINDSIGHT_DB: '/srv/postmortems/team.sqlite', APPDATA: 'C:\\x', XDG_CONFIG_HOME: '/x' };
      expect(defaultDatabasePath({ platform, env, homedir: '/home/amara' })).toBe(
        '/srv/postmortems/team.sqlite',
      );
    }
  });

  it('ignores a $HINDSIGHT_DB that is only blank', () => {
    expect(
      defaultDatabasePath({ platform: 'linux', env: { HINDSIGHT_DB: '  ' }, homedir: '/home/amara' }),
    ).toBe('/home/amara/.config/Hindsight/hindsight.sqlite');
  });
});

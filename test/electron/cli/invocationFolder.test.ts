import { describe, expect, it } from 'vitest';
import { invocationFolder } from '../../../electron/cli/invocationFolder';

const ROOT = '/home/sam/hindsight';
const SHELL = '/home/sam/hindsight/notes/inc-2291';
const npmRunCli = { npm_lifecycle_event: 'cli', npm_package_name: 'hindsight', INIT_CWD: SHELL };

describe('invocationFolder', () => {
  it('is the folder `npm run cli` was typed in, not the package root npm runs it from', () => {
    expect(invocationFolder(npmRunCli, ROOT)).toBe(SHELL);
  });

  it('is the process’s own folder when the command is run directly', () => {
    expect(invocationFolder({}, SHELL)).toBe(SHELL);
    expect(invocationFolder({ INIT_CWD: '/somewhere/else' }, SHELL)).toBe(SHELL);
  });

  it('ignores INIT_CWD under another package’s script, which may have changed folder since', () => {
    expect(invocationFolder({ ...npmRunCli, npm_package_name: 'other-tool' }, SHELL)).toBe(SHELL);
    expect(invocationFolder({ ...npmRunCli, npm_lifecycle_event: 'build' }, SHELL)).toBe(SHELL);
  });

  it('falls back to the process’s folder when npm gave no INIT_CWD', () => {
    expect(invocationFolder({ ...npmRunCli, INIT_CWD: '' }, ROOT)).toBe(ROOT);
  });
});

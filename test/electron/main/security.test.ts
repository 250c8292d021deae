import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, resetElectronMock, session, shell } from './electronMock';
import {
  applySessionSecurity,
  guardWebContents,
  isAllowedNavigation,
  isOwnPage,
  isSafeExternalUrl,
  openExternally,
} from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

vi.mock('electron', () => import('./electronMock'));

const entryUrl = 'file:///opt/hindsight/dist/renderer/index.html';
const guarded = () => {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents, entryUrl);
  return contents;
};

beforeEach(() => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('isSafeExternalUrl', () => {
  it.each([
    'https://status.example.com/incidents/42',
    'http://grafana.local:3000/d/abc',
    'HTTPS://EXAMPLE.COM/',
  ])('allows the web link %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'mailto:oncall@example.com',
    'vscode://file/etc/passwd',
    'smb://share/evidence',
    '//example.com/no-scheme',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('isOwnPage', () => {
  it('accepts the built page itself, with any hash or query', () => {
    expect(isOwnPage(`${entryUrl}#/meetings/1`, entryUrl)).toBe(true);
    expect(isOwnPage(`${entryUrl}?view=projector`, entryUrl)).toBe(true);
  });

  it('refuses another local file and any remote page', () => {
    expect(isOwnPage('file:///etc/passwd', entryUrl)).toBe(false);
    expect(isOwnPage('https://example.com/', entryUrl)).toBe(false);
  });

  it('accepts only the dev server’s origin in development', () => {
    expect(isOwnPage('http://localhost:5173/src/x', 'http://localhost:5173/')).toBe(true);
    expect(isOwnPage('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('applySessionSecurity', () => {
  it('puts our policy on every response, replacing any other and keeping the other headers', () => {
    applySessionSecurity(session.defaultSession as unknown as Session, CONTENT_SECURITY_POLICY);
    const callback = vi.fn();
    session.defaultSession.headersListener?.(
      {
        url: 'http://localhost:5173/',
        responseHeaders: { 'X-Served-By': ['vite'], 'content-security-policy': ['default-src *'] },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Served-By': ['vite'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the %s permission',
    (permission) => {
      applySessionSecurity(session.defaultSession as unknown as Session, CONTENT_SECURITY_POLICY);
      const callback = vi.fn();
      session.defaultSession.permissionHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it.each(['media', 'clipboard-read', 'clipboard-sanitized-write', 'fullscreen', 'storage-access', 'hid'])(
    'answers no when a page checks whether it has the %s permission',
    (permission) => {
      applySessionSecurity(session.defaultSession as unknown as Session, CONTENT_SECURITY_POLICY);
      const check = session.defaultSession.permissionCheckHandler;
      expect(check).toBeTypeOf('function');
      expect(check!(null, permission, 'file:///', {})).toBe(false);
    },
  );
});

describe('isAllowedNavigation', () => {
  it('lets the window go only to our own page', () => {
    expect(isAllowedNavigation({ url: `${entryUrl}#/meetings`, isMainFrame: true }, entryUrl)).toBe(true);
    expect(isAllowedNavigation({ url: 'https://evil.example/', isMainFrame: true }, entryUrl)).toBe(false);
    expect(isAllowedNavigation({ url: 'about:srcdoc', isMainFrame: true }, entryUrl)).toBe(false);
  });

  it('lets a frame inside it show only the report preview’s srcdoc document', () => {
    expect(isAllowedNavigation({ url: 'about:srcdoc', isMainFrame: false }, entryUrl)).toBe(true);
    expect(isAllowedNavigation({ url: 'https://status.example.com/', isMainFrame: false }, entryUrl)).toBe(
      false,
    );
    expect(isAllowedNavigation({ url: entryUrl, isMainFrame: false }, entryUrl)).toBe(false);
  });
});

describe('guardWebContents', () => {
  it('prevents navigation away from our page', () => {
    const contents = guarded();
    expect(contents.navigate('https://evil.example/')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(contents.navigate('javascript:alert(1)')).toBe(true);
  });

  it('lets our own page reload itself', () => {
    expect(guarded().navigate(`${entryUrl}#/meetings`)).toBe(false);
  });

  it.each(['will-frame-navigate', 'will-redirect'] as const)(
    'prevents the window leaving our page on %s',
    (event) => {
      const contents = guarded();
      expect(contents.navigate('https://evil.example/', { event })).toBe(true);
      expect(contents.navigate('file:///etc/passwd', { event })).toBe(true);
      expect(contents.navigate(`${entryUrl}#/meetings`, { event })).toBe(false);
    },
  );

  it('keeps a link in the report preview from loading a page into its frame', () => {
    const contents = guarded();
    expect(contents.navigate('about:srcdoc', { event: 'will-frame-navigate', isMainFrame: false })).toBe(
      false,
    );
    expect(
      contents.navigate('https://status.example.com/', { event: 'will-frame-navigate', isMainFrame: false }),
    ).toBe(true);
    expect(
      contents.navigate('https://status.example.com/', { event: 'will-redirect', isMainFrame: false }),
    ).toBe(true);
  });

  it('denies every new window and opens a web link in the system browser instead', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://status.example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://status.example.com/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi'])(
    'denies a window for %s and never opens it',
    (url) => {
      expect(guarded().windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('prevents attaching a webview', () => {
    const contents = guarded();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('openExternally', () => {
  it('opens an https link in the system browser', () => {
    expect(openExternally('https://example.com/runbook')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/runbook');
  });

  it('never opens a javascript: or file: URL', () => {
    expect(openExternally('javascript:alert(1)')).toBe(false);
    expect(openExternally('file:///etc/passwd')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

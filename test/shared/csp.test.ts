import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
  policyForMetaTag,
  REPORT_STYLE_HASH,
} from '../../shared/csp';
import { REPORT_CSS } from '../../shared/domain/report/reportCss';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d]));

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own files, data: images and the report stylesheet by hash', () => {
    expect(directives(CONTENT_SECURITY_POLICY)).toEqual({
      'default-src': "default-src 'self'",
      'script-src': "script-src 'self'",
      'style-src': `style-src 'self' ${REPORT_STYLE_HASH}`,
      'img-src': "img-src 'self' data:",
      'font-src': "font-src 'self'",
      'connect-src': "connect-src 'self'",
      'object-src': "object-src 'none'",
      'base-uri': "base-uri 'none'",
      'form-action': "form-action 'none'",
      'frame-ancestors': "frame-ancestors 'none'",
    });
  });

  it('allows the report stylesheet by the hash of its exact text', () => {
    const hash = createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64');
    // When REPORT_CSS changes, put this value in REPORT_STYLE_HASH (shared/csp.ts).
    expect(REPORT_STYLE_HASH).toBe(`'sha256-${hash}'`);
  });

  it('allows nothing inline, evaluated or remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|ws:/);
  });
});

describe('DEV_SERVER_CONTENT_SECURITY_POLICY', () => {
  it('relaxes only inline scripts and styles and the HMR socket', () => {
    const strict = directives(CONTENT_SECURITY_POLICY);
    const dev = directives(DEV_SERVER_CONTENT_SECURITY_POLICY);
    expect(dev['script-src']).toBe("script-src 'self' 'unsafe-inline'");
    expect(dev['style-src']).toBe("style-src 'self' 'unsafe-inline'");
    expect(dev['connect-src']).toBe("connect-src 'self' ws: wss:");
    expect({ ...dev, 'script-src': '', 'style-src': '', 'connect-src': '' }).toEqual({
      ...strict,
      'script-src': '',
      'style-src': '',
      'connect-src': '',
    });
  });
});

describe('policyForMetaTag', () => {
  it('leaves out frame-ancestors, which a meta tag cannot carry, and keeps the rest in order', () => {
    expect(policyForMetaTag(CONTENT_SECURITY_POLICY)).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' ${REPORT_STYLE_HASH}; img-src 'self' data:; font-src 'self'; ` +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });
});

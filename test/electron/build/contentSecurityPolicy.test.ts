import fs from 'node:fs';
import path from 'node:path';
import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicyPlugin,
  withContentSecurityPolicy,
} from '../../../electron/build/contentSecurityPolicy';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
  policyForMetaTag,
} from '../../../shared/csp';

const ROOT = path.resolve(__dirname, '../../..');
const page = (head: string) =>
  `<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />${head}\n  </head>\n  <body></body>\n</html>`;
const metaContents = (html: string) =>
  [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)].map(
    (match) => match[1],
  );

function transform(html: string, context: Partial<IndexHtmlTransformContext>): string {
  const hook = contentSecurityPolicyPlugin().transformIndexHtml as {
    handler: (html: string, context: IndexHtmlTransformContext) => string;
  };
  return hook.handler(html, {
    path: '/index.html',
    filename: 'index.html',
    ...context,
  } as IndexHtmlTransformContext);
}

describe('withContentSecurityPolicy', () => {
  it('replaces an existing policy tag, whatever it said', () => {
    const html = withContentSecurityPolicy(
      page('\n    <meta\n      http-equiv="Content-Security-Policy"\n      content="default-src *"\n    />'),
      "default-src 'self'",
    );
    expect(metaContents(html)).toEqual(["default-src 'self'"]);
    expect(html).not.toContain('default-src *');
  });

  it('adds the tag at the top of <head> when the page has none', () => {
    const html = withContentSecurityPolicy(
      page('\n    <script type="module" src="./main.tsx"></script>'),
      "default-src 'self'",
    );
    expect(metaContents(html)).toEqual(["default-src 'self'"]);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('refuses a page without <head>', () => {
    expect(() => withContentSecurityPolicy('<html><body></body></html>', "default-src 'self'")).toThrow(
      '<head>',
    );
  });
});

describe('contentSecurityPolicyPlugin', () => {
  it('writes the strict policy into a built page', () => {
    expect(metaContents(transform(page(''), {}))).toEqual([policyForMetaTag(CONTENT_SECURITY_POLICY)]);
  });

  it('writes the development policy when Vite’s dev server serves the page', () => {
    const served = transform(page(''), { server: {} as IndexHtmlTransformContext['server'] });
    expect(metaContents(served)).toEqual([policyForMetaTag(DEV_SERVER_CONTENT_SECURITY_POLICY)]);
  });

  it('states in renderer/index.html the same policy the build writes', () => {
    // The build overwrites the tag anyway; this keeps the source honest for its readers.
    const html = fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    expect(metaContents(html.replace(/\s*\n\s*/g, ' '))).toEqual([policyForMetaTag(CONTENT_SECURITY_POLICY)]);
  });
});

import type { Plugin } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
  policyForMetaTag,
} from '../../shared/csp';

const META_TAG = /<meta\s[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i;
const HEAD_TAG = /<head(\s[^>]*)?>/i;

/**
 * Gives an HTML page exactly one CSP meta tag carrying `policy`: an existing tag is replaced,
 * a missing one is added at the top of <head> (before any script or stylesheet it governs).
 */
export function withContentSecurityPolicy(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
  if (META_TAG.test(html)) return html.replace(META_TAG, tag);
  const head = HEAD_TAG.exec(html);
  if (!head) throw new Error('index.html has no <head>, so its Content-Security-Policy has nowhere to go.');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}

/**
 * Writes shared/csp.ts's policy into renderer/index.html, so the meta tag can never drift from
 * the header main sends. The dev server gets the relaxed development policy (React Refresh's
 * inline preamble, injected styles, the HMR WebSocket); a build always gets the strict one.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'hindsight-content-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const policy = context.server ? DEV_SERVER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
        return withContentSecurityPolicy(html, policyForMetaTag(policy));
      },
    },
  };
}

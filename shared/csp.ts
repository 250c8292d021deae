/**
 * SHA-256 of REPORT_CSS (shared/domain/report/reportCss.ts), the report's only inline stylesheet.
 * test/shared/csp.test.ts recomputes it, so the two cannot drift apart.
 */
export const REPORT_STYLE_HASH = "'sha256-8Eo9V5/sDkJ35qNvXm1PAIP6glm+FAWvT31yn0iV8Zk='";

/**
 * The Content-Security-Policy of every Hindsight page, in one place. The main process sends it
 * as a response header (electron/main/security.ts), the renderer build writes it into
 * index.html's meta tag (file:// pages get no headers, so the meta tag is what applies there),
 * and the end-to-end server sends the same header. Nothing inline, nothing remote: a note or
 * an imported event log can never run script, load a tracker or post a form.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The report preview (renderer/features/report) shows the report in a sandboxed srcdoc iframe,
  // which inherits this policy: its one inline <style> is allowed by hash, not 'unsafe-inline'.
  `style-src 'self' ${REPORT_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development only, for Vite's dev server (`HINDSIGHT_RENDERER_URL`): React Refresh injects an
 * inline preamble script, Vite injects CSS as <style> elements and talks to its HMR server over
 * a WebSocket. Never used by a built or packaged app.
 */
export const DEV_SERVER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
)
  // A hash makes browsers ignore 'unsafe-inline', so the dev policy drops it with the rest.
  .replace(`style-src 'self' ${REPORT_STYLE_HASH}`, "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws: wss:");

/**
 * The report document's own policy: nothing may load or run, only its inline styles apply. The
 * exported HTML carries it in a meta tag (shared/domain/report/toHtml.ts), which also covers any
 * other place the file is opened; the print window's session sends it as a header too
 * (electron/main), and that window has JavaScript off as well.
 */
export const REPORT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The policy as a <meta> tag may carry it: browsers ignore `frame-ancestors` (and warn) when it
 * is not sent as a header, so the meta tag leaves it out and the header keeps it.
 */
export function policyForMetaTag(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(
      (directive) => directive !== '' && !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(directive),
    )
    .join('; ');
}

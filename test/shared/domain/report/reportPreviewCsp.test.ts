import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyForMetaTag } from '../../../../shared/csp';
import { escapeHtml, renderReportHtml } from '../../../../shared/domain/report/toHtml';
import { launchChromium, canPrintPdf } from '../../../helpers/chromium';
import { hostileRecords } from '../../../helpers/hostileRecords';

describe.runIf(canPrintPdf)('the report preview under the app’s Content-Security-Policy', () => {
  it('is styled in a sandboxed srcdoc frame, with no policy violation and no script run', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused/.test(message.text())) violations.push(message.text());
      });
      const report = renderReportHtml(hostileRecords(), { paper: 'A4', preview: true });
      // The app page as the renderer build writes it: the policy in a meta tag, nothing inline.
      await page.setContent(
        `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policyForMetaTag(CONTENT_SECURITY_POLICY)}">` +
          `<iframe title="Report preview" sandbox="" srcdoc="${escapeHtml(report)}"></iframe>`,
      );
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
      await frame.waitForSelector('h2');
      const style = await frame.$eval('h2', (heading) => getComputedStyle(heading).borderBottomStyle);
      expect(style).toBe('solid');
      expect(await frame.$$('script, img')).toHaveLength(0);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { renderReportHtml } from '../../../../shared/domain/report/toHtml';
import { cssString, pageCss, REPORT_CSS } from '../../../../shared/domain/report/reportCss';
import { HOSTILE, hostileRecords } from '../../../helpers/hostileRecords';
import { exampleRecords } from '../../../helpers/exampleRecords';

/** Every element name in a document, as an HTML parser sees it. */
function tagNames(html: string): Set<string> {
  const names = new Set<string>();
  const walk = (node: { nodeName: string; childNodes?: unknown[] }) => {
    names.add(node.nodeName);
    for (const child of node.childNodes ?? []) walk(child as typeof node);
  };
  walk(parseFragment(html) as never);
  return names;
}

describe('renderReportHtml', () => {
  const html = renderReportHtml(hostileRecords(), { paper: 'A4' });

  it('shows hostile notes as text: no script, image or extra style element is parsed', () => {
    const names = tagNames(html);
    expect(names.has('script')).toBe(false);
    expect(names.has('img')).toBe(false);
    expect(html.match(/<style/g)).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;/style&gt;&lt;sty');
  });

  it('links only http(s) URLs', () => {
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(html).toContain('<a href="https://tracker.example.com/browse/NET-7790">');
  });

  it('writes the running header as an escaped CSS string that cannot close the stylesheet', () => {
    const printStyle = /<style media="print">([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(printStyle).not.toContain('<');
    // One well-formed string (no unescaped quote inside), then the end of the declaration.
    expect(printStyle).toMatch(/@top-left \{ content: "(?:[^"\\\n]|\\[0-9a-f]+ )*"; font-size/);
    expect(printStyle).toContain('@top-left { content: "INC-3107 · Title \\22 quoted\\22  \\5c  back');
    expect(printStyle).toContain('counter(page) " of " counter(pages)');
  });

  it('sets the paper size from the option', () => {
    expect(html).toContain('size: A4;');
    expect(renderReportHtml(exampleRecords('firmware-packet-drop'), { paper: 'Letter' })).toContain(
      'size: Letter;',
    );
  });

  it('embeds exactly the hashed stylesheet, and no page box in the preview', () => {
    const preview = renderReportHtml(exampleRecords('firmware-packet-drop'), { paper: 'A4', preview: true });
    expect(preview).toContain(`<style>${REPORT_CSS}</style>`);
    expect(preview.match(/<style/g)).toHaveLength(1);
  });

  it('keeps right-to-left text and emoji, with the direction left to the text', () => {
    expect(html).toContain(HOSTILE.rightToLeft);
    expect(html).toContain(HOSTILE.emoji);
    expect(html).toContain('<p dir="auto">');
  });
});

describe('cssString', () => {
  it('escapes quotes, backslashes, newlines and angle brackets as hex escapes', () => {
    expect(cssString('a"b\\c\n</style>')).toBe('"a\\22 b\\5c c\\a \\3c /style\\3e "');
  });
});

describe('pageCss', () => {
  it('cuts a long running header between graphemes, never inside an emoji', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const words = `${'ab '.repeat(29)}a`;
    const css = pageCss({ paper: 'A4', heading: `${words}${family}${family}tail`, severity: 'SEV-2' });
    expect(css).toContain(`@top-left { content: "${words}${family}…"`);
    expect(css.isWellFormed()).toBe(true);
  });

  it('lets a long unbroken title wrap in its box and keeps the severity on one line', () => {
    const css = pageCss({ paper: 'A4', heading: 'W'.repeat(200), severity: 'SEV-2' });
    expect(css).toContain(`${'W'.repeat(24)}\u200b`);
    expect(css).toMatch(/@top-right \{ content: "SEV-2";[^}]*white-space: nowrap;/);
  });
});

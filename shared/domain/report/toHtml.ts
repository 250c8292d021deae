import { REPORT_CONTENT_SECURITY_POLICY } from '../../csp';
import type { MeetingRecords } from '../../types';
import { cleanText } from './markdownText';
import type { CoachState } from '../coach/reflectionAspects';
import { buildReportModel, NONE_RECORDED, type ReportModel } from './reportModel';
import type { ReportBlock, ReportText } from './reportBlocks';
import { pageCss, REPORT_CSS, type Paper } from './reportCss';

const HTML_SPECIALS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or an attribute value as HTML: a note's `<script>` is shown, never run or parsed. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (char) => HTML_SPECIALS[char]!);
}

/** Free text: blank lines make paragraphs, single newlines line breaks. */
function paragraphs(text: string): string {
  return cleanText(text)
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p dir="auto">${lines(paragraph)}</p>`)
    .join('\n');
}

/**
 * Escaped text with a break opportunity (<wbr>) every 12 characters inside any run longer than 24
 * without a space (URLs, hashes, hostile 300-letter words): table columns then size by whole
 * words, and still never push a table past the page.
 */
function breakable(text: string): string {
  return text
    .split(/(\S{25,})/)
    .map((part, index) =>
      index % 2 === 1 ? (part.match(/.{1,12}/gu) ?? []).map(escapeHtml).join('<wbr>') : escapeHtml(part),
    )
    .join('');
}

function lines(text: string): string {
  return cleanText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map(breakable)
    .join('<br>');
}

function inline(value: ReportText): string {
  if (typeof value === 'string') return lines(value);
  return `<a href="${escapeHtml(value.href)}">${breakable(value.text)}</a>`;
}

/**
 * Dates and times never break inside: a timestamp may wrap between its date and its time, which
 * keeps the timeline's time columns narrow enough for A4 (a one-line timestamp made the table
 * overflow the page in Chromium's print layout).
 */
function cell(value: ReportText): string {
  const text = typeof value === 'string' ? value : value.text;
  const stamp = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(text);
  if (stamp)
    return `<td><span class="nowrap">${stamp[1]}</span> <span class="nowrap">${stamp[2]}</span></td>`;
  const nowrap = /^\d{4}-\d{2}-\d{2}$|^\d+$/.test(text) ? ' class="nowrap"' : '';
  return `<td dir="auto"${nowrap}>${inline(value)}</td>`;
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'text':
      return paragraphs(block.text);
    case 'labelled':
      return `<p dir="auto"><strong>${escapeHtml(block.label)}:</strong> ${lines(block.text)}</p>`;
    case 'facts':
      return [
        '<table class="facts"><tbody>',
        ...block.rows.map(
          (row) =>
            `<tr><th scope="row">${escapeHtml(row.label)}</th><td dir="auto">${inline(row.value)}</td></tr>`,
        ),
        '</tbody></table>',
      ].join('\n');
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li dir="auto">${lines(item)}</li>`);
      return [`<${tag}>`, ...items, `</${tag}>`].join('\n');
    }
    case 'table':
      return [
        '<table>',
        `<thead><tr>${block.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`),
        '</tbody></table>',
      ].join('\n');
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'none':
      return `<p class="none">${NONE_RECORDED}</p>`;
  }
}

/** Options of the HTML report. */
export interface ReportHtmlOptions {
  paper: Paper;
  /**
   * For the in-app preview: leaves out the print-only page box (its running header holds the
   * meeting's title, so the app's CSP could not allow it by hash). Everything visible is identical.
   */
  preview?: boolean;
}

/** Renders a built report model as a standalone HTML document. */
function modelToHtml(model: ReportModel, options: ReportHtmlOptions): string {
  const heading = [model.incidentId.trim(), model.title].filter(Boolean).join(' · ');
  const severityClass = model.severity ? ` severity-${model.severity.toLowerCase()}` : '';
  const badges = [
    model.incidentId.trim() ? `<span class="badge">${escapeHtml(model.incidentId)}</span>` : '',
    model.severityLabel
      ? `<span class="badge severity${severityClass}">${escapeHtml(model.severityLabel)}</span>`
      : '',
    `<span class="badge">${escapeHtml(model.statusLabel)}</span>`,
  ].filter(Boolean);
  const sections = model.sections.map((section) =>
    [
      `<section id="${section.id}" aria-labelledby="${section.id}-title">`,
      `<h2 id="${section.id}-title">${escapeHtml(section.title)}</h2>`,
      ...section.blocks.map(renderBlock),
      '</section>',
    ].join('\n'),
  );
  const printStyle = options.preview
    ? []
    : [
        `<style media="print">${pageCss({ paper: options.paper, heading, severity: model.severity ?? '' })}</style>`,
      ];
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Postmortem: ${heading}`)}</title>`,
    // Exactly REPORT_CSS between the tags: the CSP hash is of the element's text, byte for byte.
    `<style>${REPORT_CSS}</style>`,
    ...printStyle,
    '</head>',
    '<body>',
    '<main>',
    '<header class="report-title">',
    '<p class="eyebrow">Postmortem report</p>',
    `<h1 dir="auto">${escapeHtml(model.title)}</h1>`,
    `<p class="badges">${badges.join(' ')}</p>`,
    '</header>',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The meeting's report as a standalone HTML document for printing (A4 or Letter, running header,
 * page numbers, table headers repeated on each page, rows never cut) and for the in-app preview.
 * Every user string is escaped; the document itself forbids scripts and remote content.
 */
export function renderReportHtml(
  records: MeetingRecords,
  options: ReportHtmlOptions,
  coach: CoachState | null = null,
): string {
  return modelToHtml(buildReportModel(records, coach), options);
}

import type { MeetingRecords } from '../../types';
import type { CoachState } from '../coach/reflectionAspects';
import { buildReportModel, NONE_RECORDED, type ReportModel } from './reportModel';
import type { ReportBlock, ReportText } from './reportBlocks';
import { escapeCell, escapeInline, escapeParagraphs, escapeUrl } from './markdownText';

function inline(value: ReportText, escape: (text: string) => string): string {
  if (typeof value === 'string') return escape(value);
  return `[${escape(value.text)}](${escapeUrl(value.href)})`;
}

function listItem(marker: string, text: string): string {
  // Continuation lines are indented to the item's content column, so they stay inside the item.
  return `${marker} ${escapeParagraphs(text, ' '.repeat(marker.length + 1))}`;
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'text':
      return escapeParagraphs(block.text);
    case 'labelled':
      return `**${escapeInline(block.label)}:** ${escapeParagraphs(block.text)}`;
    case 'facts':
      return block.rows
        .map((row) => `- **${escapeInline(row.label)}:** ${inline(row.value, escapeCell)}`)
        .join('\n');
    case 'list':
      return block.items
        .map((item, index) => listItem(block.ordered ? `${index + 1}.` : '-', item))
        .join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(block.columns.map(escapeCell)),
        row(block.columns.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map((cell) => inline(cell, escapeCell) || '—'))),
      ].join('\n');
    }
    case 'subheading':
      return `### ${escapeInline(block.text)}`;
    case 'none':
      return `_${NONE_RECORDED}_`;
  }
}

/** Renders a built report model as GitHub-flavoured Markdown. */
function modelToMarkdown(model: ReportModel): string {
  const subtitle = [model.incidentId.trim(), model.severityLabel, model.statusLabel]
    .filter(Boolean)
    .map(escapeInline)
    .join(' · ');
  const parts = [`# ${escapeInline(`Postmortem: ${model.title}`)}`, `**${subtitle}**`];
  for (const section of model.sections) {
    parts.push(`## ${escapeInline(section.title)}`, ...section.blocks.map(renderBlock));
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The meeting's report as GitHub-flavoured Markdown: every user string escaped, and the same
 * meeting always gives the same bytes (no export time, records in a fixed order), so reports
 * committed to a repository diff cleanly.
 */
export function renderReportMarkdown(records: MeetingRecords, coach: CoachState | null = null): string {
  return modelToMarkdown(buildReportModel(records, coach));
}

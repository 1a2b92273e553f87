import type { EventOutcomes } from './eventOutcomes.js';
import { escapeCell, escapeInline } from './markdownEscape.js';
import { captionText, cellText, layoutReport, type ReportDocument } from './reportDocument.js';
import { buildReportModel } from './reportModel.js';
import type { ReportOptions } from './reportOptions.js';

/** The report as Markdown, laid out like the DOCX and PDF. No author data. */
export function renderMarkdown(outcomes: EventOutcomes, options: ReportOptions): string {
  return markdownOf(layoutReport(buildReportModel(outcomes, options.language)));
}

function markdownOf(report: ReportDocument): string {
  const lines: string[] = [`# ${escapeInline(report.title)}`, '', `_${escapeInline(report.subtitle)}_`, ''];
  for (const block of report.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(`${'#'.repeat(block.level + 1)} ${escapeInline(block.text)}`, '');
        break;
      case 'paragraph':
        lines.push(block.note ? `_${escapeInline(block.text)}_` : escapeInline(block.text), '');
        break;
      case 'facts':
        lines.push(...block.items.map((item) => `- ${escapeInline(item.label)}: ${escapeInline(item.value)}`), '');
        break;
      case 'table': {
        const { columns, rows } = block.table;
        lines.push(`**${escapeInline(captionText(block.caption))}**`, '');
        lines.push(row(columns.map((column) => column.label)));
        lines.push(row(columns.map((column) => (column.numeric ? '---:' : '---')), false));
        for (const cells of rows) lines.push(row(cells.map((cell) => cellText(cell, report.locale))));
        lines.push('');
        break;
      }
    }
  }
  return lines.join('\n');
}

function row(cells: string[], escape = true): string {
  return `| ${cells.map((cell) => (escape ? escapeCell(cell) : cell)).join(' | ')} |`;
}

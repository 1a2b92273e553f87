import { DOMAIN_LABELS, type Language } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';
import { addressedNumbers, challengeCells, timeframeCell } from './formatCells.js';

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and garbles Indonesian text. */
const BOM = '\uFEFF';

/**
 * One row per card, both columns of every group, in one sheet. Cells starting with = + - @ (or a tab or carriage
 * return) are prefixed with an apostrophe so a spreadsheet shows them as text instead of running a formula.
 */
export function renderCsv({ event, groups }: EventOutcomes): string {
  const language: Language = event.language;
  const labels = DOMAIN_LABELS[language];
  const header = [
    labels.field.group,
    labels.field.number,
    labels.kind.challenge + '/' + labels.kind.action,
    labels.field.text,
    labels.field.category,
    labels.field.scope,
    labels.field.status,
    labels.field.addresses,
    labels.field.responsibleOrg,
    labels.field.partners,
    labels.field.timeframe,
    labels.field.resources,
    labels.field.indicator,
    labels.field.firstStep,
  ];
  const rows: string[][] = [header];
  for (const { group, board } of groups) {
    board.challenges.forEach((card, index) => {
      const cells = challengeCells(language, card);
      rows.push([group.name, String(index + 1), labels.kind.challenge, card.text, cells.category, cells.scope,
        cells.status, '', '', '', '', '', '', '']);
    });
    board.actions.forEach((card, index) => {
      rows.push([group.name, String(index + 1), labels.kind.action, card.text, '', '', labels.status[card.status],
        addressedNumbers(board.challenges, card), card.responsibleOrg, card.partners, timeframeCell(language, card),
        card.resources, card.indicator, card.firstStep]);
    });
  }
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

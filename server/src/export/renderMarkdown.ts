import { DOMAIN_LABELS, type Language } from '@rembuk/shared';
import type { EventOutcomes } from './eventOutcomes.js';
import { addressedNumbers, challengeCells, timeframeCell } from './formatCells.js';

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
  'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** The report as Markdown: per group a challenge table and an action (RTL) table. No author data. */
export function renderMarkdown({ event, groups }: EventOutcomes): string {
  const language: Language = event.language;
  const labels = DOMAIN_LABELS[language];
  const text = language === 'id' ? ID_TEXT : EN_TEXT;
  const lines: string[] = [`# ${escapeInline(event.title)}`, ''];
  const facts = [
    event.date ? `${text.date}: ${formatDate(event.date, language)} (${event.timeZone})` : null,
    event.place ? `${text.place}: ${escapeInline(event.place)}` : null,
    `${text.groups}: ${groups.map(({ group }) => escapeInline(group.name)).join(', ')}`,
  ].filter((line): line is string => line !== null);
  lines.push(...facts.map((fact) => `- ${fact}`), '', text.method(groups.length), '');

  for (const { group, board } of groups) {
    lines.push(`## ${escapeInline(group.name)}`, '', `### ${text.challengeTable}`, '');
    if (board.challenges.length === 0) lines.push(`_${text.none}_`, '');
    else {
      lines.push(row([labels.field.number, labels.kind.challenge, labels.field.category, labels.field.scope,
        labels.field.status]), row(['---', '---', '---', '---', '---']));
      board.challenges.forEach((card, index) => {
        const cells = challengeCells(language, card);
        lines.push(row([String(index + 1), card.text, cells.category, cells.scope, cells.status]));
      });
      lines.push('');
    }
    lines.push(`### ${text.actionTable}`, '');
    if (board.actions.length === 0) lines.push(`_${text.none}_`, '');
    else {
      lines.push(row([labels.field.number, labels.kind.action, labels.field.addresses, labels.field.responsibleOrg,
        labels.field.partners, labels.field.timeframe, labels.field.resources, labels.field.indicator,
        labels.field.firstStep]), row(Array<string>(9).fill('---')));
      board.actions.forEach((card, index) => {
        lines.push(row([String(index + 1), card.text, addressedNumbers(board.challenges, card), card.responsibleOrg,
          card.partners, timeframeCell(language, card), card.resources, card.indicator, card.firstStep]));
      });
      lines.push('');
    }
  }
  return lines.join('\n');
}

const ID_TEXT = {
  date: 'Tanggal',
  place: 'Tempat',
  groups: 'Kelompok',
  challengeTable: 'Tabel Tantangan',
  actionTable: 'Tabel RTL (Rencana Tindak Lanjut)',
  none: 'Belum ada kartu.',
  method: (count: number) =>
    `Peserta dibagi ke dalam ${count} kelompok berdasarkan wilayah untuk membahas tantangan yang dihadapi dan ` +
    'langkah untuk mengatasinya; seluruh masukan bersifat anonim.',
};

const EN_TEXT = {
  date: 'Date',
  place: 'Place',
  groups: 'Groups',
  challengeTable: 'Challenges',
  actionTable: 'Action plan (RTL)',
  none: 'No cards yet.',
  method: (count: number) =>
    `Participants were split into ${count} groups by region to discuss the challenges they face and the steps ` +
    'to overcome them; all input is anonymous.',
};

function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = language === 'id' ? MONTHS_ID : MONTHS_EN;
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

function row(cells: string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** Table cells: pipes and newlines would break the table; HTML is shown as text. */
function escapeCell(value: string): string {
  return escapeInline(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * Card text is shown as typed, never interpreted: no links or images (a rendered report must not load anything
 * from elsewhere), no emphasis, no raw HTML.
 */
function escapeInline(value: string): string {
  return value.replace(/[\\`*_[\]<>!#]/g, (char) => `\\${char}`);
}

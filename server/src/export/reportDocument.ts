import type { Language } from '@rembuk/shared';
import type { ReportModel } from './reportModel.js';
import { formatCount, formatDate, formatMoment, methodParagraphs, sharedActionRule } from './reportText.js';

export interface ReportColumn {
  label: string;
  /** Relative width: renderers share the page width out in these proportions. */
  width: number;
  numeric?: boolean;
}

export type ReportCell = string | number | null;

export interface ReportTable {
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Share of the text width the table takes (default 1: full width). */
  widthShare?: number;
  /** The last row sums the others (shown bold). */
  totalRow?: boolean;
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'table'; table: ReportTable };

/**
 * The report as the laporan lays it out (Pendahuluan → method → per region the Tabel Tantangan and Tabel RTL →
 * cross-region summary → annex of agreed cards), as format-free blocks: the DOCX, PDF and Markdown renderers
 * only decide how a heading, paragraph or table looks.
 */
export interface ReportDocument {
  title: string;
  subtitle: string;
  locale: Language;
  /** "Dibuat 21 Juli 2023 14.30 WITA", for footers. */
  generated: string;
  pageLabel: string;
  blocks: ReportBlock[];
}

/** Region columns per part of the category × region table. */
const REGION_COLUMNS_PER_TABLE = 6;
/** Width of the category column against a region column's 1. */
const CATEGORY_COLUMN_WEIGHT = 2.5;

export function layoutReport(model: ReportModel): ReportDocument {
  const { outcomes, vocabulary: v, regions } = model;
  const { event } = outcomes;
  const s = v.strings;
  const generated = `${s.generated} ${formatMoment(outcomes.generatedAt, event.timeZone, v.locale)}`;
  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2, text: string) => blocks.push({ kind: 'heading', level, text });
  const table = (columns: ReportColumn[], rows: ReportCell[][], empty: string, layout: Pick<ReportTable, 'widthShare' | 'totalRow'> = {}) =>
    blocks.push(rows.length > 0 ? { kind: 'table', table: { columns, rows, ...layout } } : { kind: 'paragraph', text: empty, note: true });
  const mark = (text: string, notForScreen: boolean) => (notForScreen ? `${text} [${s.notForScreenMark}]` : text);

  heading(1, s.introduction);
  blocks.push({
    kind: 'facts',
    items: [
      ...(event.date ? [{ label: s.date, value: `${formatDate(event.date, v.locale)} (${event.timeZone})` }] : []),
      ...(event.place ? [{ label: s.place, value: event.place }] : []),
      { label: s.groups, value: regions.map((region) => region.name).join(', ') },
      { label: s.participants, value: formatCount(model.totalParticipants, v.locale) },
      { label: s.generated, value: formatMoment(outcomes.generatedAt, event.timeZone, v.locale) },
    ],
  });
  table(
    [{ label: v.field('group'), width: 3 }, { label: s.participants, width: 1, numeric: true }],
    [...regions.map((region) => [region.name, region.participants]), [s.total, model.totalParticipants]],
    s.none,
    { widthShare: 0.5, totalRow: true },
  );
  heading(1, s.method);
  for (const text of methodParagraphs(v.language, regions.map((region) => region.name), model.totalParticipants)) {
    blocks.push({ kind: 'paragraph', text });
  }

  const challengeColumns: ReportColumn[] = [
    { label: v.field('number'), width: 5, numeric: true },
    { label: v.kind('challenge'), width: 50 },
    { label: v.field('category'), width: 20 },
    { label: s.votes, width: 10, numeric: true },
    { label: s.priority, width: 12, numeric: true },
  ];
  const actionColumns: ReportColumn[] = [
    { label: v.field('number'), width: 5, numeric: true },
    { label: v.kind('action'), width: 22 },
    { label: v.field('addresses'), width: 11 },
    { label: v.field('responsibleOrg'), width: 13 },
    { label: v.field('partners'), width: 12 },
    { label: v.field('timeframe'), width: 10 },
    { label: v.field('resources'), width: 13 },
    { label: v.field('indicator'), width: 15 },
  ];
  for (const region of regions) {
    heading(1, region.name);
    blocks.push({ kind: 'paragraph', text: `${s.participants}: ${formatCount(region.participants, v.locale)}`, note: true });
    heading(2, s.challengeTable);
    table(
      challengeColumns,
      region.challenges.map((row) => [row.number, mark(row.card.text, row.card.notForScreen), row.category, row.votes, row.priority]),
      s.none,
    );
    heading(2, s.actionTable);
    table(
      actionColumns,
      region.actions.map((row) => [row.number, mark(row.card.text, row.card.notForScreen), row.addresses,
        row.card.responsibleOrg, row.card.partners, row.timeframe, row.card.resources, row.card.indicator]),
      s.none,
    );
  }

  heading(1, s.summary);
  heading(2, s.categoryByRegion);
  // Many groups would make columns too narrow for their names: the table is cut into parts of a few regions each,
  // the last part carrying the totals.
  for (let start = 0; start < regions.length; start += REGION_COLUMNS_PER_TABLE) {
    const end = start + REGION_COLUMNS_PER_TABLE;
    const last = end >= regions.length;
    const columns = Math.min(end, regions.length) - start + (last ? 1 : 0);
    table(
      [
        { label: v.field('category'), width: CATEGORY_COLUMN_WEIGHT },
        ...regions.slice(start, end).map((region) => ({ label: region.name, width: 1, numeric: true })),
        ...(last ? [{ label: s.total, width: 1, numeric: true }] : []),
      ],
      model.categories.map((row) => [row.category, ...row.perRegion.slice(start, end), ...(last ? [row.total] : [])]),
      s.none,
      // Every part's columns as wide as a full part's.
      { widthShare: (CATEGORY_COLUMN_WEIGHT + columns) / (CATEGORY_COLUMN_WEIGHT + REGION_COLUMNS_PER_TABLE + 1) },
    );
  }
  heading(2, s.topChallenges);
  table(
    [
      { label: v.field('number'), width: 5, numeric: true },
      { label: v.field('group'), width: 16 },
      { label: v.kind('challenge'), width: 50 },
      { label: v.field('category'), width: 19 },
      { label: s.votes, width: 10, numeric: true },
    ],
    model.topChallenges.map(({ region, row }, index) => [index + 1, region, row.card.text, row.category, row.votes]),
    s.noVotes,
  );
  heading(2, s.sharedActions);
  for (const text of sharedActionRule(v.language)) blocks.push({ kind: 'paragraph', text, note: true });
  table(
    [
      { label: v.field('number'), width: 5, numeric: true },
      { label: v.kind('action'), width: 60 },
      { label: s.regions, width: 35 },
    ],
    model.sharedActions.map((shared, index) => [index + 1, shared.text,
      shared.regions.map((region) => regions[region]?.name ?? '').join(', ')]),
    s.noSharedActions,
  );

  heading(1, s.annex);
  table(
    [
      { label: v.field('number'), width: 5, numeric: true },
      { label: v.field('group'), width: 16 },
      { label: s.kind, width: 14 },
      { label: v.field('text'), width: 55 },
      { label: s.votes, width: 10, numeric: true },
    ],
    model.agreed.map((card, index) => [index + 1, card.region, v.kind(card.kind), card.text, card.votes]),
    s.noAgreed,
  );
  return { title: event.title, subtitle: s.subtitle, locale: v.locale, generated, pageLabel: s.page, blocks };
}

/** A cell as text: numbers in the report's locale, nothing for a missing value. */
export function cellText(cell: ReportCell, locale: Language): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatCount(cell, locale) : cell;
}

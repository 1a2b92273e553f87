import type { CardStatus, Language } from '@rembuk/shared';
import type { ReportModel } from './reportModel.js';
import {
  formatCount,
  formatDate,
  formatMoment,
  formatRatio,
  methodParagraphs,
  sharedActionRule,
  topChallengeNotes,
  type LanguageText,
} from './reportText.js';

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

/** "Tabel 3. Tantangan — NTT": numbered, with the region, so a copied table keeps its place and a list of tables can be made. */
export interface TableCaption {
  /** "Tabel", "Table" or "Tabel / Table". */
  label: string;
  number: number;
  title: string;
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** `language` marks a paragraph written in one language of a bilingual report. */
  | { kind: 'paragraph'; text: string; note?: boolean; language?: Language }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  /** A landscape table sits on pages of its own, turned: eight columns or more do not fit a portrait A4. */
  | { kind: 'table'; table: ReportTable; caption: TableCaption; landscape?: boolean };

export function captionText(caption: TableCaption): string {
  return `${caption.label} ${caption.number}. ${caption.title}`;
}

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
  const notes = (paragraphs: LanguageText[]) => {
    for (const { text, language } of paragraphs) blocks.push({ kind: 'paragraph', text, note: true, ...bilingualTag(v.language, language) });
  };
  let tableCount = 0;
  const table = (
    title: string,
    columns: ReportColumn[],
    rows: ReportCell[][],
    empty: string,
    layout: Pick<ReportTable, 'widthShare' | 'totalRow'> & { landscape?: boolean } = {},
  ) => {
    if (rows.length === 0) {
      blocks.push({ kind: 'paragraph', text: `${title}: ${empty}`, note: true });
      return;
    }
    const { landscape, ...tableLayout } = layout;
    tableCount += 1;
    blocks.push({
      kind: 'table',
      table: { columns, rows, ...tableLayout },
      caption: { label: s.table, number: tableCount, title },
      ...(landscape ? { landscape } : {}),
    });
  };
  const mark = (text: string, notForScreen: boolean) => (notForScreen ? `${text} [${s.notForScreenMark}]` : text);
  // Agreed cards carry a check mark, so they stand out from drafts in a printed table too.
  const status = (value: CardStatus) => (value === 'agreed' ? `✓ ${v.status(value)}` : v.status(value));

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
    s.participantsTable,
    [{ label: v.field('group'), width: 3 }, { label: s.participants, width: 2, numeric: true }],
    [...regions.map((region) => [region.name, region.participants]), [s.total, model.totalParticipants]],
    s.none,
    { widthShare: 0.5, totalRow: true },
  );
  heading(1, s.method);
  for (const { text, language } of methodParagraphs(v.language, regions.map((region) => region.name), model.totalParticipants)) {
    blocks.push({ kind: 'paragraph', text, ...bilingualTag(v.language, language) });
  }

  const challengeColumns: ReportColumn[] = [
    { label: v.field('number'), width: 5, numeric: true },
    { label: v.kind('challenge'), width: 42 },
    { label: v.field('category'), width: 18 },
    { label: v.field('status'), width: 14 },
    { label: s.votes, width: 9, numeric: true },
    { label: s.priority, width: 12, numeric: true },
  ];
  const actionColumns: ReportColumn[] = [
    { label: v.field('number'), width: 4, numeric: true },
    { label: v.kind('action'), width: 21 },
    { label: v.field('addresses'), width: 10 },
    { label: v.field('responsibleOrg'), width: 12 },
    { label: v.field('partners'), width: 11 },
    { label: v.field('timeframe'), width: 8 },
    { label: v.field('resources'), width: 12 },
    { label: v.field('indicator'), width: 13 },
    { label: v.field('status'), width: 9 },
  ];
  for (const region of regions) {
    heading(1, region.name);
    blocks.push({ kind: 'paragraph', text: `${s.participants}: ${formatCount(region.participants, v.locale)}`, note: true });
    table(
      `${s.challengeTable} — ${region.name}`,
      challengeColumns,
      region.challenges.map((row) => [row.number, mark(row.card.text, row.card.notForScreen), row.category,
        status(row.card.status), row.votes, row.priority]),
      s.none,
    );
    table(
      `${s.actionTable} — ${region.name}`,
      actionColumns,
      region.actions.map((row) => [row.number, mark(row.card.text, row.card.notForScreen), row.addresses,
        row.card.responsibleOrg, row.card.partners, row.timeframe, row.card.resources, row.card.indicator,
        status(row.card.status)]),
      s.none,
      { landscape: true },
    );
  }

  heading(1, s.summary);
  heading(2, s.categoryByRegion);
  // Many groups would make columns too narrow for their names: the table is cut into parts of a few regions each,
  // the last part carrying the totals.
  const parts = Math.ceil(regions.length / REGION_COLUMNS_PER_TABLE);
  for (let start = 0; start < regions.length; start += REGION_COLUMNS_PER_TABLE) {
    const end = start + REGION_COLUMNS_PER_TABLE;
    const last = end >= regions.length;
    const columns = Math.min(end, regions.length) - start + (last ? 1 : 0);
    table(
      parts > 1 ? `${s.categoryByRegion} (${start / REGION_COLUMNS_PER_TABLE + 1}/${parts})` : s.categoryByRegion,
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
  const top = model.topChallenges;
  if (top.withVotes > 0) notes(topChallengeNotes(v.language, { ...top, shown: top.rows.length }));
  table(
    s.topChallenges,
    [
      { label: s.rank, width: 9, numeric: true },
      { label: v.field('group'), width: 14 },
      { label: v.kind('challenge'), width: 43 },
      { label: v.field('category'), width: 16 },
      { label: s.votes, width: 8, numeric: true },
      { label: s.votesPerDevice, width: 10, numeric: true },
    ],
    top.rows.map(({ rank, item }) => [rank, item.region, item.row.card.text, item.row.category, item.row.votes,
      item.votesPerDevice === null ? null : formatRatio(item.votesPerDevice, v.locale)]),
    s.noVotes,
  );
  heading(2, s.sharedActions);
  notes(sharedActionRule(v.language));
  table(
    s.sharedActions,
    [
      { label: v.field('number'), width: 5, numeric: true },
      { label: v.kind('action'), width: 60 },
      { label: s.regions, width: 35 },
    ],
    model.sharedActions.map((shared, index) => [index + 1, shared.text,
      shared.regions.map((region) => regions[region]?.name ?? '').join(', ')]),
    s.noSharedActions,
  );

  const themes = outcomes.themes;
  if (themes) {
    heading(2, s.themes);
    blocks.push({ kind: 'paragraph', text: themes.scope === 'all' ? s.themesNoteAll : s.themesNoteApproved, note: true });
    const regionName = new Map<string, string>(regions.map((region, index) => [outcomes.groups[index]!.group.id, region.name]));
    const stateLabel = { approved: s.themeApproved, proposed: s.themeProposed, dismissed: s.themeDismissed } as const;
    table(
      s.themes,
      [
        { label: v.field('number'), width: 5, numeric: true },
        { label: s.theme, width: 24 },
        { label: s.kind, width: 11 },
        { label: s.regions, width: 17 },
        { label: s.cards, width: 34 },
        { label: s.votes, width: 9, numeric: true },
        ...(themes.scope === 'all' ? [{ label: s.state, width: 12 }] : []),
      ],
      themes.list.map((theme, index) => [
        index + 1,
        theme.label,
        v.kind(theme.kind),
        theme.regions.map((groupId) => regionName.get(groupId) ?? '').join(', '),
        theme.cards.map((card) => `${card.text} (${regionName.get(card.groupId) ?? ''})`).join('; '),
        theme.votes,
        ...(themes.scope === 'all' ? [stateLabel[theme.state]] : []),
      ]),
      themes.scope === 'all' ? s.noThemes : s.noApprovedThemes,
      { landscape: themes.scope === 'all' },
    );
  }

  heading(1, s.annex);
  table(
    s.annex,
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

/** Only a bilingual report tags its paragraphs: a one-language report is all in the document's language. */
function bilingualTag(reportLanguage: ReportModel['vocabulary']['language'], language: Language): { language?: Language } {
  return reportLanguage === 'both' ? { language } : {};
}

/** A cell as text: numbers in the report's locale, nothing for a missing value. */
export function cellText(cell: ReportCell, locale: Language): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? formatCount(cell, locale) : cell;
}

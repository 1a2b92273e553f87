import type { Language } from '../regions.js';

/**
 * Labels of the board vocabulary in each language: the one catalog used by the client's i18next resources
 * (namespace `domain`) and by the server's exports, so a category reads the same on screen and in the report.
 */
export interface DomainLabels {
  kind: { challenge: string; action: string };
  columnTitle: { challenge: string; action: string };
  category: Record<string, string>;
  scope: { local: string; province: string; national: string; crossBorder: string };
  status: { draft: string; agreed: string; merged: string; hidden: string };
  timeframe: { upTo3: string; '3to6': string; '6to12': string; over12: string };
  field: {
    number: string;
    group: string;
    text: string;
    category: string;
    scope: string;
    status: string;
    notForScreen: string;
    addresses: string;
    responsibleOrg: string;
    partners: string;
    timeframe: string;
    resources: string;
    indicator: string;
    firstStep: string;
  };
  yes: string;
  no: string;
}

export const DOMAIN_LABELS: Record<Language, DomainLabels> = {
  id: {
    kind: { challenge: 'Tantangan', action: 'Langkah' },
    columnTitle: { challenge: 'Tantangan', action: 'Langkah' },
    category: {
      prevention: 'Pencegahan',
      protection: 'Perlindungan',
      prosecution: 'Penindakan hukum',
      partnership: 'Kemitraan/koordinasi',
      funding: 'Pendanaan/kapasitas',
      survivorServices: 'Layanan penyintas',
      lawPolicy: 'Hukum/kebijakan',
      onlineTech: 'Daring/teknologi',
    },
    scope: { local: 'Lokal', province: 'Provinsi', national: 'Nasional', crossBorder: 'Lintas negara' },
    status: { draft: 'Draf', agreed: 'Disepakati', merged: 'Digabung', hidden: 'Disembunyikan' },
    timeframe: { upTo3: '≤3 bulan', '3to6': '3–6 bulan', '6to12': '6–12 bulan', over12: '>12 bulan' },
    field: {
      number: 'No',
      group: 'Kelompok',
      text: 'Teks',
      category: 'Kategori',
      scope: 'Cakupan',
      status: 'Status',
      notForScreen: 'Tidak untuk layar',
      addresses: 'Menjawab tantangan',
      responsibleOrg: 'Penanggung jawab',
      partners: 'Mitra',
      timeframe: 'Waktu',
      resources: 'Sumber daya',
      indicator: 'Indikator',
      firstStep: 'Langkah pertama (30 hari)',
    },
    yes: 'Ya',
    no: 'Tidak',
  },
  en: {
    kind: { challenge: 'Challenge', action: 'Action step' },
    columnTitle: { challenge: 'Challenges', action: 'Action steps' },
    category: {
      prevention: 'Prevention',
      protection: 'Protection',
      prosecution: 'Prosecution',
      partnership: 'Partnership/coordination',
      funding: 'Funding/capacity',
      survivorServices: 'Survivor services',
      lawPolicy: 'Law/policy',
      onlineTech: 'Online/tech',
    },
    scope: { local: 'Local', province: 'Province', national: 'National', crossBorder: 'Cross-border' },
    status: { draft: 'Draft', agreed: 'Agreed', merged: 'Merged', hidden: 'Hidden' },
    timeframe: { upTo3: '≤3 months', '3to6': '3–6 months', '6to12': '6–12 months', over12: '>12 months' },
    field: {
      number: 'No',
      group: 'Group',
      text: 'Text',
      category: 'Category',
      scope: 'Scope',
      status: 'Status',
      notForScreen: 'Not for screen',
      addresses: 'Addresses challenges',
      responsibleOrg: 'Responsible organisation',
      partners: 'Partners',
      timeframe: 'Timeframe',
      resources: 'Resources',
      indicator: 'Success indicator',
      firstStep: 'First step (30 days)',
    },
    yes: 'Yes',
    no: 'No',
  },
};

/** A category's label: a default category key is translated, an organizer's own category is shown as typed. */
export function categoryLabel(language: Language, category: string): string {
  return DOMAIN_LABELS[language].category[category] ?? category;
}

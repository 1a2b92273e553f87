/** Defaults an organizer starts from; all editable when the event is created. */
export const DEFAULT_REGION_GROUPS: readonly string[] = [
  'Sumatera',
  'Jawa',
  'Bali–NTB',
  'NTT (Nusa Tenggara Timur)',
  'Kalimantan',
  'Sulawesi',
  'Maluku–Papua',
  'Nasional/ASEAN',
];

/** All 38 provinces, offered as extra groups. */
export const PROVINCES: readonly string[] = [
  'Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Bengkulu', 'Sumatera Selatan',
  'Kepulauan Bangka Belitung', 'Lampung', 'Banten', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah',
  'DI Yogyakarta', 'Jawa Timur', 'Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Barat',
  'Kalimantan Tengah', 'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara', 'Sulawesi Utara',
  'Gorontalo', 'Sulawesi Tengah', 'Sulawesi Barat', 'Sulawesi Selatan', 'Sulawesi Tenggara', 'Maluku',
  'Maluku Utara', 'Papua', 'Papua Barat', 'Papua Barat Daya', 'Papua Tengah', 'Papua Pegunungan',
  'Papua Selatan',
];

export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZoneLabel = (typeof TIME_ZONES)[number];

/** Offset from UTC in hours, for labelling every time with its zone. */
export const TIME_ZONE_OFFSET_HOURS: Record<TimeZoneLabel, number> = { WIB: 7, WITA: 8, WIT: 9 };

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

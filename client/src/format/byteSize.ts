import type { Language } from '@rembuk/shared';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const BYTES_PER_KB = 1_000;
const BYTES_PER_MB = 1_000_000;

/**
 * A file size as people read it while it downloads: "850 kB", "1,2 MB" / "1.2 MB". Decimal units, as phones and
 * file managers show them; whole kilobytes, megabytes to one decimal.
 */
export function formatByteSize(bytes: number, language: Language): string {
  const megabytes = bytes >= BYTES_PER_MB;
  // A few bytes received are not "0 kB": the download has visibly begun.
  const kilobytes = bytes === 0 ? 0 : Math.max(1, Math.round(bytes / BYTES_PER_KB));
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / BYTES_PER_MB : kilobytes);
}

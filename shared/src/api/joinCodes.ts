import type { JoinCode } from '../ids.js';

/** Join codes: 8 characters from an alphabet without look-alikes (0/O, 1/I/L), shown as `XXXX-XXXX`. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

export function formatJoinCode(normalized: string): JoinCode {
  return `${normalized.slice(0, 4)}-${normalized.slice(4)}` as JoinCode;
}

import { LIMITS } from '@rembuk/shared';

/** A row of the group editor; `key` keeps React's identity stable while names are edited. */
export interface GroupRow {
  key: number;
  name: string;
}

export type GroupListProblem = 'none' | 'empty' | 'duplicate' | 'tooMany' | 'blankName';

export function rowsFrom(names: readonly string[], firstKey = 0): GroupRow[] {
  return names.map((name, index) => ({ key: firstKey + index, name }));
}

/** The same rules the server applies (`CreateEventBody.groups`), checked before sending so errors read well. */
export function groupListProblem(rows: readonly GroupRow[]): GroupListProblem {
  const names = rows.map((row) => row.name.trim());
  if (names.length === 0) return 'empty';
  if (names.length > LIMITS.maxGroups) return 'tooMany';
  if (names.some((name) => name === '')) return 'blankName';
  if (new Set(names.map((name) => name.toLowerCase())).size !== names.length) return 'duplicate';
  return 'none';
}

export function hasGroupNamed(rows: readonly GroupRow[], name: string): boolean {
  return rows.some((row) => row.name.trim().toLowerCase() === name.toLowerCase());
}

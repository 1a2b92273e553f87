import { THEME_LIMITS } from '@rembuk/shared';

/**
 * What a typed theme name becomes: `null` (back to the automatic label) when it is empty, the trimmed name when it
 * fits, or the problem the form shows (the server refuses the same names).
 */
export type ThemeLabelInput = { ok: true; label: string | null } | { ok: false; problem: 'tooLong'; length: number };

export function themeLabelInput(typed: string): ThemeLabelInput {
  const label = typed.trim();
  if (label === '') return { ok: true, label: null };
  // Counted as the server counts (UTF-16 units, zod's max), so the form never sends what the server refuses.
  if (label.length > THEME_LIMITS.maxLabelLength) return { ok: false, problem: 'tooLong', length: label.length };
  return { ok: true, label };
}

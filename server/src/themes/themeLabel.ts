import { THEME_LIMITS } from '@rembuk/shared';

/**
 * A theme's automatic label: its most central card's own words, on one line, cut at a word boundary to
 * `THEME_LIMITS.autoLabelLength` with an ellipsis. Nothing is added that a card did not say.
 */
export function themeLabel(centralText: string): string {
  const line = centralText.replace(/\s+/gu, ' ').trim();
  const max = THEME_LIMITS.autoLabelLength;
  const characters = [...line];
  if (characters.length <= max) return line;
  const cut = characters.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

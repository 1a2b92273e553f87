/**
 * One colour per region in the chart: the Okabe–Ito palette (safe for colour-blind readers) followed by Paul Tol's
 * light palette, all bright enough on the wall's dark background. Past sixteen regions the colours repeat.
 */
const REGION_COLORS = [
  '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#BBBBBB',
  '#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#44BB99', '#BBCC33', '#AAAA00',
] as const;

export function regionColor(index: number): string {
  return REGION_COLORS[index % REGION_COLORS.length] ?? '#BBBBBB';
}

/**
 * A QR symbol as one SVG path, in module units. A single path (rather than a rect per module) keeps a 20-group
 * sheet at a few hundred DOM nodes, and drawing dark runs edge to edge leaves no hairline seams between modules
 * when a projector or printer scales the symbol.
 */

/** The dark and light modules of a symbol; `size` modules a side, with no quiet zone. */
export interface ModuleMatrix {
  readonly size: number;
  isDark(row: number, column: number): boolean;
}

/** Light margin around the symbol, in modules: ISO/IEC 18004 asks for 4, and phone scanners need it. */
export const QUIET_ZONE_MODULES = 4;

/** Side of the whole drawing (symbol plus quiet zone on both sides), in modules: the SVG viewBox. */
export function qrExtent(matrix: ModuleMatrix): number {
  return matrix.size + 2 * QUIET_ZONE_MODULES;
}

/**
 * The path data of every dark module, shifted by the quiet zone: one rectangle per horizontal run of dark
 * modules (`M x y h run v 1 h -run z`).
 */
export function qrPathData(matrix: ModuleMatrix): string {
  const runs: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      const run = column - start;
      runs.push(`M${start + QUIET_ZONE_MODULES} ${row + QUIET_ZONE_MODULES}h${run}v1h-${run}z`);
    }
  }
  return runs.join('');
}

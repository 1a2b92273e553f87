import { describe, expect, it } from 'vitest';
import { qrMatrix } from './qrMatrix.js';
import { QUIET_ZONE_MODULES, qrExtent, qrPathData, type ModuleMatrix } from './qrPath.js';

/** The dark cells a path paints, read back from its `M x y h run v 1 h -run z` rectangles. */
function paintedCells(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let dx = 0; dx < Number(run); dx++) cells.add(`${Number(y)},${Number(x) + dx}`);
  }
  return cells;
}

function darkCells(matrix: ModuleMatrix): Set<string> {
  const cells = new Set<string>();
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.isDark(row, column)) cells.add(`${row + QUIET_ZONE_MODULES},${column + QUIET_ZONE_MODULES}`);
    }
  }
  return cells;
}

/** A finder pattern: a 7×7 dark ring, a light ring inside it, a 3×3 dark centre. */
function isFinderAt(matrix: ModuleMatrix, top: number, left: number): boolean {
  for (let row = 0; row < 7; row++) {
    for (let column = 0; column < 7; column++) {
      const ring = Math.max(Math.abs(row - 3), Math.abs(column - 3));
      if (matrix.isDark(top + row, left + column) !== (ring !== 2)) return false;
    }
  }
  return true;
}

const fromRows = (rows: string[]): ModuleMatrix => ({
  size: rows.length,
  isDark: (row, column) => rows[row]?.[column] === '#',
});

describe('qrPathData', () => {
  it('draws each horizontal run of dark modules as one rectangle, shifted by the quiet zone', () => {
    const path = qrPathData(fromRows(['##.', '.#.', '###']));
    expect(path).toBe('M4 4h2v1h-2zM5 5h1v1h-1zM4 6h3v1h-3z');
  });

  it('paints exactly the dark modules of a real join URL', () => {
    const matrix = qrMatrix('http://192.168.1.20:3000/j/K7QM-3XPD/ab12cd34');
    expect(paintedCells(qrPathData(matrix))).toEqual(darkCells(matrix));
  });

  it('leaves the quiet zone light on every side', () => {
    const matrix = qrMatrix('http://192.168.1.20:3000/j/K7QM-3XPD');
    const extent = qrExtent(matrix);
    expect(extent).toBe(matrix.size + 8);
    for (const cell of paintedCells(qrPathData(matrix))) {
      const [row = -1, column = -1] = cell.split(',').map(Number);
      expect(row).toBeGreaterThanOrEqual(QUIET_ZONE_MODULES);
      expect(column).toBeGreaterThanOrEqual(QUIET_ZONE_MODULES);
      expect(row).toBeLessThan(extent - QUIET_ZONE_MODULES);
      expect(column).toBeLessThan(extent - QUIET_ZONE_MODULES);
    }
  });
});

describe('qrMatrix', () => {
  it('makes a symbol of a valid QR size with finder patterns in three corners only', () => {
    const matrix = qrMatrix('https://rembuk.example/j/K7QM-3XPD/ab12cd34');
    expect((matrix.size - 17) % 4).toBe(0);
    const last = matrix.size - 7;
    expect(isFinderAt(matrix, 0, 0)).toBe(true);
    expect(isFinderAt(matrix, 0, last)).toBe(true);
    expect(isFinderAt(matrix, last, 0)).toBe(true);
    expect(isFinderAt(matrix, last, last)).toBe(false);
  });

  it('keeps a venue join URL small enough to scan from the back of a room (version 4 or lower at level M)', () => {
    // Version v is 17 + 4v modules a side; a longer address with a port and a group still fits in version 4.
    expect(qrMatrix('http://192.168.100.200:3000/j/K7QM-3XPD/ab12cd34').size).toBeLessThanOrEqual(33);
  });

  it('grows with the text it carries', () => {
    expect(qrMatrix('x'.repeat(200)).size).toBeGreaterThan(qrMatrix('http://a.b/j/K7QM-3XPD').size);
  });
});

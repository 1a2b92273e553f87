import { describe, expect, it } from 'vitest';
import { LIMITS } from '@rembuk/shared';
import { fitQrGrid } from './qrGrid.js';

// The group area of the join screen at 1920×1080: about 1100 × 880 px, labels 38 px, gaps 24 px.
const fit = (count: number) => fitQrGrid(count, 1100, 880, 38, 24);

describe('fitQrGrid', () => {
  it('lays the eight default region groups out wide, since the area is wider than tall', () => {
    expect(fit(8)).toMatchObject({ columns: 4, rows: 2 });
  });

  it('fits every tile inside the box, for every group count the server allows', () => {
    for (let count = 1; count <= LIMITS.maxGroups; count++) {
      const { columns, rows, side } = fit(count);
      expect(columns * rows).toBeGreaterThanOrEqual(count);
      expect(columns * side + (columns - 1) * 24).toBeLessThanOrEqual(1100);
      expect(rows * (side + 38) + (rows - 1) * 24).toBeLessThanOrEqual(880);
    }
  });

  it('still gives twenty groups codes a phone can read across a room (over 150 px)', () => {
    expect(fit(20).side).toBeGreaterThan(150);
  });

  it('never picks a shape with a whole empty row or column', () => {
    for (let count = 1; count <= 20; count++) {
      const { columns, rows } = fit(count);
      expect((rows - 1) * columns).toBeLessThan(count);
      expect(rows * (columns - 1)).toBeLessThan(count);
    }
  });
});

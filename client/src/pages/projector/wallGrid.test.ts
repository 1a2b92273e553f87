import { describe, expect, it } from 'vitest';
import { LIMITS } from '@rembuk/shared';
import { wallGrid } from './wallGrid.js';

describe('wallGrid', () => {
  it('has a cell for every group, up to the most an event may have', () => {
    for (let count = 1; count <= LIMITS.maxGroups; count += 1) {
      const grid = wallGrid(count);
      expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(count);
      expect(grid.rows).toBeLessThanOrEqual(7);
      expect(grid.challengesPerGroup).toBeGreaterThanOrEqual(count <= 20 ? 1 : 0);
    }
  });

  it('gives the eight default region groups two rows of four, their top two challenges each', () => {
    expect(wallGrid(8)).toEqual({ columns: 4, rows: 2, challengesPerGroup: 2 });
  });

  it('lists fewer challenges as tiles get smaller', () => {
    expect(wallGrid(2).challengesPerGroup).toBeGreaterThan(wallGrid(8).challengesPerGroup);
    expect(wallGrid(8).challengesPerGroup).toBeGreaterThan(wallGrid(30).challengesPerGroup);
  });
});

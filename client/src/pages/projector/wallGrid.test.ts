import { describe, expect, it } from 'vitest';
import { LIMITS } from '@rembuk/shared';
import { wallGrid } from './wallGrid.js';

describe('wallGrid', () => {
  it('has a cell for every group, up to the most an event may have', () => {
    for (let count = 1; count <= LIMITS.maxGroups; count += 1) {
      const grid = wallGrid(count);
      expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(count);
      expect(grid.rows).toBeLessThanOrEqual(7);
      expect(grid.listsCards).toBe(count <= 20);
    }
  });

  it('gives the eight default region groups two rows of four', () => {
    expect(wallGrid(8)).toEqual({ columns: 4, rows: 2, listsCards: true });
  });
});

import { describe, expect, it } from 'vitest';
import { idleMinutes } from './idleText.js';

describe('idleMinutes', () => {
  it('is null for a board that changed in the last two minutes or never did', () => {
    expect(idleMinutes(null, 0, 0)).toBeNull();
    expect(idleMinutes(30_000, 1_000, 1_000)).toBeNull();
    expect(idleMinutes(120_000, 0, 0)).toBeNull();
  });

  it('counts whole minutes, going on from when the server measured', () => {
    expect(idleMinutes(180_000, 0, 0)).toBe(3);
    expect(idleMinutes(100_000, 10_000, 70_000)).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { SocketBudget } from './SocketBudget.js';

describe('SocketBudget', () => {
  it('handles a burst, cuts on the first event over it, and drops everything after, even once refilled', () => {
    let now = 0;
    const budget = new SocketBudget({ eventsPerSecond: 10, eventBurst: 3, maxInFlight: 2 }, () => now);
    expect([budget.admit(), budget.admit(), budget.admit(), budget.admit(), budget.admit()]).toEqual(['handle', 'handle', 'handle', 'cut', 'drop']);
    now += 60_000;
    expect(budget.admit()).toBe('drop');
  });

  it('keeps handling a socket that stays within its rate', () => {
    let now = 0;
    const budget = new SocketBudget({ eventsPerSecond: 10, eventBurst: 3, maxInFlight: 2 }, () => now);
    for (let event = 0; event < 100; event++) {
      now += 100;
      expect(budget.admit()).toBe('handle');
    }
  });

  it('refuses a slot beyond the most in flight until one finishes, and counts a finish once', () => {
    const budget = new SocketBudget({ eventsPerSecond: 10, eventBurst: 3, maxInFlight: 2 });
    const first = budget.start();
    const second = budget.start();
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(budget.start()).toBeNull();
    first!();
    first!();
    expect(budget.start()).not.toBeNull();
    expect(budget.start()).toBeNull();
  });
});

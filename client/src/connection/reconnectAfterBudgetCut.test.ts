import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@rembuk/shared';
import { reconnectAfterBudgetCut } from './reconnectAfterBudgetCut.js';

/** The few socket.io calls the watch makes: listeners to fire by hand, and `connect` counted. */
class FakeSocket {
  readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  connects = 0;

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  fire(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  connect(): this {
    this.connects += 1;
    return this;
  }

  asSocket(): Socket<ServerToClientEvents, ClientToServerEvents> {
    return this as unknown as Socket<ServerToClientEvents, ClientToServerEvents>;
  }
}

describe('reconnectAfterBudgetCut', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('comes back after a pause when the server cut the socket for its budget', () => {
    const socket = new FakeSocket();
    const watch = reconnectAfterBudgetCut(socket.asSocket());
    socket.fire('failure', { reason: 'rate_limited', message: 'Too many messages' });
    socket.fire('disconnect', 'io server disconnect');
    expect(watch.cutForBudget()).toBe(true);
    expect(socket.connects).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(socket.connects).toBe(1);
    socket.fire('connect');
    expect(watch.cutForBudget()).toBe(false);
  });

  it('leaves a revocation final', () => {
    const socket = new FakeSocket();
    const watch = reconnectAfterBudgetCut(socket.asSocket());
    socket.fire('failure', { reason: 'invalid_body', message: 'setPseudonym needs …' });
    socket.fire('disconnect', 'io server disconnect');
    vi.advanceTimersByTime(60_000);
    expect(watch.cutForBudget()).toBe(false);
    expect(socket.connects).toBe(0);
  });
});

import type { Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@rembuk/shared';

/** Wait before coming back after a cut: long enough for the socket's event budget to have refilled. */
const FIRST_RECONNECT_MS = 5_000;

export interface BudgetCutWatch {
  /** Whether the socket's last server-side disconnect was a budget cut (not a revocation). */
  cutForBudget(): boolean;
  /** Cancel a pending reconnect. */
  stop(): void;
}

/**
 * The server cuts a socket that sends more events than its budget: `failure` with `rate_limited`, then a
 * server-side disconnect. socket.io does not reconnect after a server-side disconnect, and the pages read one as
 * "revoked"; this one is neither final nor the person's doing (a runaway script or a bug), so come back after a
 * pause, with jitter so the phones of a room do not return together.
 */
export function reconnectAfterBudgetCut(socket: Socket<ServerToClientEvents, ClientToServerEvents>): BudgetCutWatch {
  let cut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  socket.on('failure', (failure) => {
    if (failure.reason === 'rate_limited') cut = true;
  });
  socket.on('connect', () => {
    cut = false;
  });
  socket.on('disconnect', (reason) => {
    if (!cut || reason !== 'io server disconnect') return;
    timer = setTimeout(() => socket.connect(), FIRST_RECONNECT_MS / 2 + Math.random() * FIRST_RECONNECT_MS);
  });
  return {
    cutForBudget: () => cut,
    stop: () => clearTimeout(timer),
  };
}

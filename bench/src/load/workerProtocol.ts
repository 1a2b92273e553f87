/** Messages between the load generator's main thread and its worker threads. */

export interface ClientSpec {
  /** Global index of the simulated client (unique in a run). */
  index: number;
  url: string;
  /** Members of this client's board, itself included: an edit is delivered when all the others have it. */
  groupSize: number;
  /** Whether the client edits (members) or only joins and listens (burst joiners). */
  edits: boolean;
  /** Open the socket this long after the batch arrives (a paced burst); clients without it connect in lanes. */
  startDelayMs?: number;
}

export interface LoadSettings {
  editIntervalMs: number;
  /** y-protocols renews a quiet client's awareness state every 15 s. */
  awarenessRenewMs: number;
  connectTimeoutMs: number;
  maxConnectsInFlight: number;
}

export type ToWorker =
  | { type: 'connect'; batchId: number; clients: ClientSpec[] }
  | { type: 'startEditing' }
  | { type: 'closeAll'; batchId: number };

export interface ConnectResult {
  index: number;
  ok: boolean;
  /** Microseconds from opening the socket to receiving SyncStep2 (the provider's `synced`). */
  syncedMicros: number;
  error: string | null;
}

/** Monotonic counters of one worker, as payload bytes of WebSocket messages (no TCP or WS framing). */
export interface TrafficCounters {
  framesIn: number;
  bytesIn: number;
  updateFramesIn: number;
  updateBytesIn: number;
  awarenessFramesIn: number;
  awarenessBytesIn: number;
  framesOut: number;
  bytesOut: number;
  updateFramesOut: number;
  updateBytesOut: number;
  awarenessFramesOut: number;
  awarenessBytesOut: number;
  editsSent: number;
}

export function emptyCounters(): TrafficCounters {
  return {
    framesIn: 0,
    bytesIn: 0,
    updateFramesIn: 0,
    updateBytesIn: 0,
    awarenessFramesIn: 0,
    awarenessBytesIn: 0,
    framesOut: 0,
    bytesOut: 0,
    updateFramesOut: 0,
    updateBytesOut: 0,
    awarenessFramesOut: 0,
    awarenessBytesOut: 0,
    editsSent: 0,
  };
}

export interface ClientError {
  index: number;
  kind: 'connect' | 'closed' | 'error';
  detail: string;
  atMicros: number;
}

export interface WorkerStats {
  type: 'stats';
  workerId: number;
  atMicros: number;
  /** Event-loop time since the previous report. */
  eluActiveMs: number;
  eluIdleMs: number;
  /** Event-loop delay since the previous report (sampled every 10 ms). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Flattened `[key, sentMicros]` of edits sent since the previous report. */
  sent: Float64Array;
  /** Flattened `[key, sentMicros, maxLatencyMicros, receivers]` of edits received since the previous report. */
  receipts: Float64Array;
  counters: TrafficCounters;
  errors: ClientError[];
  openClients: number;
}

export type FromWorker =
  | { type: 'connected'; batchId: number; results: ConnectResult[] }
  | { type: 'closed'; batchId: number }
  | WorkerStats;

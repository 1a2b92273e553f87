import type { LatencySummary } from './percentiles.js';
import type { ProcessWindowStats } from './processStats.js';
import type { ServerKind } from '../servers/ServerUnderTest.js';
import type { AttackerKind, AttackerStats } from '../hostile/Attacker.js';

export interface GeneratorUse {
  /** The whole generator process (main thread and workers), percent of one core. */
  cpuPercent: number;
  /** Event-loop utilization of each worker thread over the window (0..1). */
  workerElu: number[];
  maxWorkerElu: number;
  /** Worst event-loop delay of any worker in the window, and the mean of the workers' per-second p99 delays. */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  /**
   * A worker's event loop was busy ≥ 85 % of the window, or stalled: latencies then include the generator's own
   * queueing, and the server's limit may be higher than measured.
   */
  limited: boolean;
}

export interface TrafficPerEdit {
  editsPerSecond: number;
  /** All WebSocket payload bytes both ways (clients' sends plus the server's sends), divided by edits. */
  bytesPerEdit: number;
  /** Only document update frames (the edit itself and its fan-out). */
  updateBytesPerEdit: number;
  /** Only awareness frames (own states, the server's broadcasts, the providers' echoes). */
  awarenessBytesPerEdit: number;
  awarenessSentPerClientPerSecond: number;
  awarenessReceivedPerClientPerSecond: number;
  /** WebSocket messages both ways (clients' sends plus the server's), divided by edits. */
  messagesPerEdit: number;
  /** Only the messages the server sent, divided by edits: its fan-out. */
  serverMessagesPerEdit: number;
}

/** One measurement window at a fixed number of clients. */
export interface WindowResult {
  clients: number;
  groups: number;
  seconds: number;
  latencyMs: LatencySummary;
  edits: number;
  undelivered: number;
  server: ProcessWindowStats;
  generator: GeneratorUse;
  /** Server plus generator CPU, percent of one core; this machine has 2 cores (200 %). */
  machineCpuPercent: number;
  /**
   * CPU used by processes other than the server and the generator (other people's builds and tests share this
   * machine), percent of one core. Above ~25 % the window's latency tails are not trustworthy.
   */
  foreignCpuPercent: number;
  traffic: TrafficPerEdit;
  clientErrors: number;
  errorSamples: string[];
}

export interface ConferenceResult {
  clients: number;
  groups: number;
  connectSeconds: number;
  connectFailures: number;
  /** Each window on its own (their spread shows run-to-run noise) and all windows together. */
  windows: WindowResult[];
  combined: WindowResult;
}

export interface RampStep extends WindowResult {
  held: boolean;
  reason: string;
}

export interface RampResult {
  steps: RampStep[];
  /** Clients of the last step that held (p99 ≤ limit, no errors); 0 when even the first step failed. */
  capacity: number;
  /** Why the ramp stopped, and whether the generator rather than the server was the limit there. */
  stopReason: string;
  generatorLimitedAtStop: boolean;
}

export interface JoinResult {
  cards: number;
  boardBytes: number;
  /** A fresh y-websocket provider joining the board, one after another: ms until `synced`. */
  singleJoinMs: LatencySummary;
  burst: {
    clients: number;
    spreadMs: number;
    /** Per joiner: ms from opening its socket to receiving SyncStep2. */
    syncedMs: LatencySummary;
    /** From the first joiner's start until the last one synced. */
    allSyncedMs: number;
    failures: number;
    server: ProcessWindowStats;
  };
}

/** The healthy load's window while one attacker ran, against the quiet window. */
export interface HostileAttackResult {
  attacker: AttackerKind;
  window: WindowResult;
  /** This window's p50 and p99 divided by the quiet window's; null when either is lost or zero. */
  p50Ratio: number | null;
  p99Ratio: number | null;
  /** The goal (reported, not asserted): p99 within 2× of the quiet window. */
  withinGoal: boolean | null;
  attackerStats: AttackerStats;
}

export interface HostileResult {
  clients: number;
  groups: number;
  quiet: WindowResult;
  attacks: HostileAttackResult[];
}

/** One server's results; a scenario left out of the run (`--scenarios`) is empty or null. */
export interface ServerRun {
  kind: ServerKind;
  conference: ConferenceResult[];
  ramp: RampResult | null;
  join: JoinResult | null;
  /** Rembuk only (the baseline has no session rules or budgets to attack). */
  hostile: HostileResult | null;
}

export interface BenchReport {
  startedAt: string;
  mode: 'quick' | 'full';
  settings: Record<string, unknown>;
  machine: { cpus: number; node: string; totalMemoryMb: number };
  runs: ServerRun[];
  ratios: Record<string, number | null>;
  targets: { name: string; ratio: number | null; goal: string; met: boolean | null }[];
  durationSeconds: number;
}

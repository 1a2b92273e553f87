import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Storage } from '../storage/Storage.js';
import type { BoardMetrics, MetricsSources } from './BoardMetrics.js';
import { CONNECTION_ROLES } from './roleCounts.js';

/** Seconds from "append requested" to "durable": a few ms on a local disk, tens over a network under load. */
const PERSIST_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * The server's Prometheus metrics, on a registry of its own (no module-level state: two servers in one test
 * process keep separate counts). Privacy: labels are a fixed set (transport, role, close code); no event, group,
 * card or device id and nothing a user typed ever becomes a label, which also bounds the number of series.
 *
 * ```ts
 * const metrics = new RembukMetrics(sources);
 * res.type(metrics.contentType).send(await metrics.render());
 * ```
 */
export class RembukMetrics implements BoardMetrics {
  readonly registry = new Registry();
  private readonly admitted: Counter;
  private readonly broadcasts: Counter;
  private readonly persistSeconds: Histogram;
  private readonly refused: Counter<'code'>;

  constructor(sources: MetricsSources) {
    // Includes nodejs_eventloop_lag_seconds and its percentiles, heap and GC figures.
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    new Gauge({
      name: 'rembuk_connections',
      help: 'Open connections by transport and role.',
      labelNames: ['transport', 'role'],
      registers,
      collect() {
        for (const [transport, counts] of [['yjs', sources.yjsConnectionsByRole()], ['socketio', sources.socketConnectionsByRole()]] as const) {
          for (const role of CONNECTION_ROLES) this.set({ transport, role }, counts[role]);
        }
      },
    });
    new Gauge({
      name: 'rembuk_boards_loaded',
      help: 'Boards held in memory.',
      registers,
      collect() {
        this.set(sources.boardsLoaded());
      },
    });
    new Gauge({
      name: 'rembuk_events_loaded',
      help: 'Events with at least one board in memory.',
      registers,
      collect() {
        this.set(sources.eventsLoaded());
      },
    });
    new Gauge({
      name: 'rembuk_events_owned',
      help: 'Events this node owns (several nodes); a single node owns every event, so this counts its loaded events.',
      registers,
      collect() {
        this.set(sources.eventsOwned());
      },
    });
    this.admitted = new Counter({ name: 'rembuk_client_updates_admitted_total', help: 'Client board updates applied.', registers });
    this.broadcasts = new Counter({ name: 'rembuk_updates_broadcast_total', help: 'Durable board updates sent to the other clients of their board.', registers });
    this.persistSeconds = new Histogram({
      name: 'rembuk_persist_seconds',
      help: 'Time from a board append requested to durable in the store.',
      buckets: PERSIST_BUCKETS_S,
      registers,
    });
    this.refused = new Counter({
      name: 'rembuk_refused_frames_total',
      help: 'Yjs connections closed for a refused frame, by WebSocket close code.',
      labelNames: ['code'],
      registers,
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  updateAdmitted(): void {
    this.admitted.inc();
  }

  updatesBroadcast(count: number): void {
    if (count > 0) this.broadcasts.inc(count);
  }

  /** `code` is one of the server's own close codes, never a value from the client. */
  frameRefused(code: number): void {
    this.refused.inc({ code: String(code) });
  }

  /** The same store, with every board append timed from request to durable. */
  timeAppends(storage: Storage): Storage {
    const histogram = this.persistSeconds;
    const appendUpdates = async (docName: string, updates: readonly Uint8Array[]): Promise<void> => {
      const stop = histogram.startTimer();
      // A failed append is not durable: it is retried, and its time counts when it finally commits.
      await storage.appendUpdates(docName, updates);
      stop();
    };
    return new Proxy(storage, {
      get(target, property, receiver) {
        if (property === 'appendUpdates') return appendUpdates;
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}

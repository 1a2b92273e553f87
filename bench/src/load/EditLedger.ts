import { senderOf } from './editMarker.js';

interface EditRecord {
  sent: boolean;
  maxLatencyMicros: number;
  receivers: number;
}

export interface LedgerResult {
  /** Per edit sent in the window: ms until the last other member of its group had it; Infinity if one never did. */
  latenciesMs: number[];
  edits: number;
  undelivered: number;
}

/**
 * Collects, for the edits sent inside one window, how many other members received each and how late the last one
 * was. Workers report sends and receipts separately and in any order; receipts of edits sent outside the window
 * are dropped on arrival, so memory stays bounded by the window.
 */
export class EditLedger {
  private readonly edits = new Map<number, EditRecord>();

  constructor(
    readonly fromMicros: number,
    readonly toMicros: number,
    private readonly expectedReceivers: (senderIndex: number) => number,
  ) {}

  addSent(flat: Float64Array): void {
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const key = flat[i] ?? 0;
      if (this.inWindow(flat[i + 1] ?? 0)) this.record(key).sent = true;
    }
  }

  addReceipts(flat: Float64Array): void {
    for (let i = 0; i + 3 < flat.length; i += 4) {
      if (!this.inWindow(flat[i + 1] ?? 0)) continue;
      const record = this.record(flat[i] ?? 0);
      record.maxLatencyMicros = Math.max(record.maxLatencyMicros, flat[i + 2] ?? 0);
      record.receivers += flat[i + 3] ?? 0;
    }
  }

  result(): LedgerResult {
    const latenciesMs: number[] = [];
    let undelivered = 0;
    for (const [key, record] of this.edits) {
      if (!record.sent) continue;
      const complete = record.receivers >= this.expectedReceivers(senderOf(key));
      if (!complete) undelivered++;
      latenciesMs.push(complete ? record.maxLatencyMicros / 1000 : Number.POSITIVE_INFINITY);
    }
    return { latenciesMs, edits: latenciesMs.length, undelivered };
  }

  private inWindow(sentMicros: number): boolean {
    return sentMicros >= this.fromMicros && sentMicros < this.toMicros;
  }

  private record(key: number): EditRecord {
    let record = this.edits.get(key);
    if (!record) {
      record = { sent: false, maxLatencyMicros: 0, receivers: 0 };
      this.edits.set(key, record);
    }
    return record;
  }
}

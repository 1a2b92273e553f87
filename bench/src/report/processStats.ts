import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** One reading of a process from /proc: CPU time used so far and resident memory now. */
export interface ProcessReading {
  atMs: number;
  cpuSeconds: number;
  rssMb: number;
  /** Write-type system calls so far (`syscw` of /proc/<pid>/io: socket writes and writevs, plus SQLite's). */
  writeCalls: number;
}

export interface ProcessWindowStats {
  /** Percent of one core over the window (200 = both cores of this machine). */
  cpuPercent: number;
  rssMaxMb: number;
  rssEndMb: number;
  /** Write-type system calls per second over the window (socket writes, and the store's file writes). */
  writeCallsPerSecond: number;
}

let clockTicks: number | null = null;

function ticksPerSecond(): number {
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return clockTicks;
}

/** Read utime + stime (/proc/<pid>/stat fields 14 and 15) and VmRSS (/proc/<pid>/status). */
export function readProcess(pid: number): ProcessReading {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces: split after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return {
    atMs: performance.timeOrigin + performance.now(),
    cpuSeconds: ticks / ticksPerSecond(),
    rssMb: rssKb / 1024,
    writeCalls: readWriteCalls(pid),
  };
}

/** /proc/<pid>/io is readable for our own children; 0 where it is not (the column then reads 0). */
function readWriteCalls(pid: number): number {
  try {
    return Number(/syscw:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * CPU time spent so far by all processes of the machine (/proc/stat user + nice + system, all cores), in seconds.
 * Interrupt and softirq time is left out: much of it is the loopback traffic of the benchmark itself.
 */
export function readMachineProcessCpu(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  return ((ticks[0] ?? 0) + (ticks[1] ?? 0) + (ticks[2] ?? 0)) / ticksPerSecond();
}

/**
 * CPU used by processes other than `ours` between two moments, in percent of one core. Others' builds and tests
 * share this machine and stretch the latency tails when they run.
 */
export class ForeignLoad {
  private machine = readMachineProcessCpu();
  private own: number;
  private at = performance.now();

  constructor(private readonly ours: () => number[]) {
    this.own = this.ownCpu();
  }

  /** Percent of one core used by others since the previous call (or construction). */
  sample(): number {
    const machine = readMachineProcessCpu();
    const own = this.ownCpu();
    const at = performance.now();
    const seconds = (at - this.at) / 1000;
    const percent = seconds > 0 ? Math.max(0, (machine - this.machine - (own - this.own)) / seconds) * 100 : 0;
    this.machine = machine;
    this.own = own;
    this.at = at;
    return percent;
  }

  private ownCpu(): number {
    let total = 0;
    for (const pid of this.ours()) {
      try {
        total += readProcess(pid).cpuSeconds;
      } catch {
        // A process that just exited adds nothing.
      }
    }
    return total;
  }
}

/** Samples one process every `intervalMs` so a window's peak memory is seen, not only its ends. */
export class ProcessSampler {
  private readonly samples: ProcessReading[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly pid: number,
    intervalMs = 500,
  ) {
    this.samples.push(readProcess(pid));
    this.timer = setInterval(() => {
      try {
        this.samples.push(readProcess(pid));
        if (this.samples.length > 20_000) this.samples.splice(0, 10_000);
      } catch {
        clearInterval(this.timer);
      }
    }, intervalMs);
    this.timer.unref();
  }

  read(): ProcessReading {
    const reading = readProcess(this.pid);
    this.samples.push(reading);
    return reading;
  }

  between(from: ProcessReading, to: ProcessReading): ProcessWindowStats {
    const inside = this.samples.filter((sample) => sample.atMs >= from.atMs && sample.atMs <= to.atMs);
    const seconds = (to.atMs - from.atMs) / 1000;
    return {
      cpuPercent: seconds > 0 ? ((to.cpuSeconds - from.cpuSeconds) / seconds) * 100 : 0,
      rssMaxMb: Math.max(to.rssMb, ...inside.map((sample) => sample.rssMb)),
      rssEndMb: to.rssMb,
      writeCallsPerSecond: seconds > 0 ? (to.writeCalls - from.writeCalls) / seconds : 0,
    };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

import type { ServerKind } from './servers/ServerUnderTest.js';

export interface ConferenceConfig {
  clients: number;
  groups: number;
}

export type ScenarioName = 'conference' | 'ramp' | 'join' | 'hostile';
export const SCENARIOS: readonly ScenarioName[] = ['conference', 'ramp', 'join', 'hostile'];

/** The hostile scenario (Rembuk only): a healthy load alone, then beside one attacker of each kind in turn. */
export interface HostileOptions {
  /** The healthy load, on an event of its own, measured like the conference. */
  clients: number;
  groups: number;
  windowSeconds: number;
  warmupSeconds: number;
  /** An attacker runs this long before its window opens, and the server gets this long after it stops. */
  attackWarmupSeconds: number;
  recoverySeconds: number;
  /** Cards on the board the SyncStep1 attacker asks for again and again. */
  boardCards: number;
  /** socket.io emits per second of the vote and command floods. */
  floodPerSecond: number;
  /** Frames per second of the Yjs attackers (just under the 60 per second a connection may send). */
  yjsPerSecond: number;
  /** Pending-struct updates per second, and the bytes of each. */
  pendingPerSecond: number;
  pendingBytes: number;
  /** Parallel open-and-close loops of the churn attacker. */
  churnLanes: number;
}

export interface BenchOptions {
  mode: 'quick' | 'full';
  servers: ServerKind[];
  scenarios: ScenarioName[];
  /** Checkout whose `server/dist/main.js` is the Rembuk under test (another checkout gives before/after figures). */
  rembukDir: string | null;
  workers: number;
  editIntervalMs: number;
  youngGenerationMb: number;
  /** After a window closes, how long to wait for its last edits to arrive (later ones count as lost). */
  graceSeconds: number;
  /**
   * Others' builds and tests may share the machine: before a window, wait up to this long for them to use less than
   * a quarter of a core, and measure a window spoiled by them again up to `noisyRetries` times.
   */
  quietWaitSeconds: number;
  noisyRetries: number;
  conference: { configs: ConferenceConfig[]; windows: number; windowSeconds: number; warmupSeconds: number };
  ramp: {
    startClients: number;
    stepClients: number;
    maxClients: number;
    groupSize: number;
    windowSeconds: number;
    warmupSeconds: number;
    p99LimitMs: number;
  };
  join: { cards: number; singleJoins: number; burstClients: number; burstGroups: number; burstSpreadMs: number };
  hostile: HostileOptions;
}

type Preset = Omit<BenchOptions, 'servers' | 'scenarios' | 'rembukDir' | 'workers'>;

const FULL: Preset = {
  mode: 'full',
  editIntervalMs: 5000,
  youngGenerationMb: 128,
  graceSeconds: 3,
  quietWaitSeconds: 20,
  noisyRetries: 2,
  conference: {
    configs: [
      { clients: 1000, groups: 50 },
      { clients: 2000, groups: 100 },
    ],
    windows: 3,
    windowSeconds: 15,
    warmupSeconds: 8,
  },
  ramp: {
    startClients: 1000,
    stepClients: 1000,
    maxClients: 10_000,
    groupSize: 20,
    windowSeconds: 15,
    warmupSeconds: 5,
    p99LimitMs: 250,
  },
  join: { cards: 500, singleJoins: 30, burstClients: 200, burstGroups: 10, burstSpreadMs: 1000 },
  hostile: {
    clients: 200,
    groups: 10,
    windowSeconds: 15,
    warmupSeconds: 5,
    attackWarmupSeconds: 3,
    recoverySeconds: 5,
    boardCards: 500,
    floodPerSecond: 5000,
    yjsPerSecond: 55,
    pendingPerSecond: 2,
    pendingBytes: 1024 * 1024,
    churnLanes: 8,
  },
};

const QUICK: Preset = {
  ...FULL,
  mode: 'quick',
  graceSeconds: 2,
  quietWaitSeconds: 0,
  noisyRetries: 0,
  conference: { configs: [{ clients: 200, groups: 10 }], windows: 1, windowSeconds: 8, warmupSeconds: 3 },
  ramp: { ...FULL.ramp, startClients: 200, stepClients: 200, maxClients: 600, windowSeconds: 5, warmupSeconds: 2 },
  join: { cards: 500, singleJoins: 10, burstClients: 50, burstGroups: 5, burstSpreadMs: 1000 },
  hostile: { ...FULL.hostile, clients: 60, groups: 3, windowSeconds: 6, warmupSeconds: 2, attackWarmupSeconds: 2, recoverySeconds: 2 },
};

export const USAGE = `pnpm bench [--quick] [--only rembuk|baseline] [--cluster] [--scenarios a,b] [--conference C/G,...]
           [--workers N] [--max-clients N] [--rembuk-dir DIR]

  --quick             every scenario at small scale (under two minutes)
  --only KIND         run one server only (no ratios)
  --cluster           also run the conference on 2 Rembuk nodes behind HAProxy on PostgreSQL (needs both), and
                      report its ratios to the single node (the cost of the balancer hop)
  --scenarios LIST    some of conference,ramp,join,hostile (default all; hostile runs on Rembuk only)
  --conference LIST   conference loads as clients/groups, ascending (default 1000/50,2000/100)
  --workers N         load-generator worker threads (default 2)
  --max-clients N     stop the ramp at N clients
  --rembuk-dir DIR    run DIR/server/dist/main.js as Rembuk (e.g. a checkout without a fix, for before/after)`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const args = argv.filter((arg) => arg !== '--');
  const base = args.includes('--quick') ? QUICK : FULL;
  const options: BenchOptions = {
    ...base,
    conference: { ...base.conference },
    ramp: { ...base.ramp },
    hostile: { ...base.hostile },
    servers: ['rembuk', 'baseline'],
    scenarios: [...SCENARIOS],
    rembukDir: null,
    workers: 2,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    switch (arg) {
      case '--quick':
        break;
      case '--only':
        if (value !== 'rembuk' && value !== 'baseline') throw new Error(`--only takes rembuk or baseline\n\n${USAGE}`);
        options.servers = [value];
        i++;
        break;
      case '--cluster':
        if (!options.servers.includes('cluster')) options.servers.push('cluster');
        break;
      case '--workers':
        options.workers = positiveInteger(arg, value);
        i++;
        break;
      case '--scenarios':
        options.scenarios = (value ?? '').split(',').map((name) => {
          const scenario = SCENARIOS.find((known) => known === name);
          if (!scenario) throw new Error(`unknown scenario ${name}\n\n${USAGE}`);
          return scenario;
        });
        i++;
        break;
      case '--conference':
        options.conference.configs = (value ?? '').split(',').map(parseLoad);
        i++;
        break;
      case '--rembuk-dir':
        if (!value) throw new Error(`--rembuk-dir takes a directory\n\n${USAGE}`);
        options.rembukDir = value;
        i++;
        break;
      case '--max-clients':
        options.ramp.maxClients = positiveInteger(arg, value);
        i++;
        break;
      default:
        throw new Error(`unknown argument ${arg}\n\n${USAGE}`);
    }
  }
  return options;
}

function parseLoad(text: string): ConferenceConfig {
  const [clients, groups] = text.split('/').map((part) => positiveInteger('--conference', part));
  if (clients === undefined || groups === undefined || groups > clients) throw new Error(`--conference takes clients/groups, got ${text}`);
  return { clients, groups };
}

function positiveInteger(name: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} takes a positive integer, got ${value}`);
  return number;
}

/**
 * A small seeded PRNG (mulberry32) for fuzz tests: the same seed gives the same choices, so a failing run can be
 * replayed with `REMBUK_FUZZ_SEED`. Timing still interleaves the clients differently from run to run, so a replay
 * repeats every client's frames, not necessarily the order the server saw them in.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, below). */
  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Pick by weight: `[[weight, value], ...]`. */
  weighted<T>(choices: readonly (readonly [number, T])[]): T {
    const total = choices.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [weight, value] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[1];
  }

  bytes(length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = this.int(256);
    return bytes;
  }

  /** A string of `length` characters, mixing ASCII, markup, control characters and astral code points. */
  text(length: number): string {
    const alphabet = ['a', 'Z', '0', ' ', '=', '|', '<', '>', '"', '\n', '\r', '\t', '\u0000', '\u200b', '\ufeff', 'ｚ', '😀', '\ud800'];
    let text = '';
    for (let i = 0; i < length; i++) text += this.pick(alphabet);
    return text;
  }

  /** A child generator with its own stream, so one client's choices do not depend on how many another made. */
  fork(salt: number): SeededRandom {
    return new SeededRandom(Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(salt + 1, 0xc2b2ae35));
  }
}

/** The seed the suite runs with unless told otherwise (one that was run many times while the gate was built). */
export const DEFAULT_FUZZ_SEED = 12345;

/** The seed of this run: `REMBUK_FUZZ_SEED` (a number to replay, `random` for a fresh one), else the default. */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.REMBUK_FUZZ_SEED;
  // A fixed default keeps the test suite's result the same from run to run; `random` explores new seeds.
  if (raw === undefined || raw === '') return DEFAULT_FUZZ_SEED;
  if (raw === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(raw);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`REMBUK_FUZZ_SEED must be a non-negative integer, got "${raw}"`);
  return seed;
}

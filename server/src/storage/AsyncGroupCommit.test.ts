import { describe, expect, it } from 'vitest';
import { AsyncGroupCommit } from './AsyncGroupCommit.js';
import type { AppendEntry } from './GroupCommit.js';

const update = (byte: number): Uint8Array => new Uint8Array([byte]);

/** A writer whose commits finish only when the test says so, to see what accumulates meanwhile. */
function controlledWriter() {
  const calls: string[][] = [];
  const finishers: Array<(error?: Error) => void> = [];
  const writeAll = (entries: readonly AppendEntry[]): Promise<void> => {
    calls.push(entries.map((entry) => entry.docName));
    return new Promise((resolve, reject) => finishers.push((error) => (error ? reject(error) : resolve())));
  };
  return { calls, finishers, writeAll };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('AsyncGroupCommit', () => {
  it('writes the appends of one turn in one call and resolves each caller after it committed', async () => {
    const writer = controlledWriter();
    const commit = new AsyncGroupCommit(writer.writeAll);
    let settled = false;
    const all = Promise.all([commit.append('a.x', [update(1)]), commit.append('b.x', [update(2)])]).then(() => {
      settled = true;
    });
    await nextTurn();
    expect(writer.calls).toEqual([['a.x', 'b.x']]);
    expect(settled).toBe(false);
    writer.finishers[0]!();
    await all;
    expect(settled).toBe(true);
  });

  it('gathers the appends made while a commit is out into one next batch', async () => {
    const writer = controlledWriter();
    const commit = new AsyncGroupCommit(writer.writeAll);
    const first = commit.append('a.x', [update(1)]);
    await nextTurn();
    const later = [commit.append('b.x', [update(2)]), commit.append('c.x', [update(3)])];
    await nextTurn();
    await nextTurn();
    expect(writer.calls).toEqual([['a.x']]);
    writer.finishers[0]!();
    await first;
    await nextTurn();
    expect(writer.calls).toEqual([['a.x'], ['b.x', 'c.x']]);
    writer.finishers[1]!();
    await Promise.all(later);
  });

  it('rejects every caller of a failed batch and writes later appends again', async () => {
    const writer = controlledWriter();
    const commit = new AsyncGroupCommit(writer.writeAll);
    const failed = Promise.allSettled([commit.append('a.x', [update(1)]), commit.append('b.x', [update(2)])]);
    await nextTurn();
    writer.finishers[0]!(new Error('database gone'));
    expect((await failed).map((result) => result.status)).toEqual(['rejected', 'rejected']);
    const retried = commit.append('a.x', [update(1)]);
    await nextTurn();
    writer.finishers[1]!();
    await retried;
    expect(writer.calls).toEqual([['a.x', 'b.x'], ['a.x']]);
  });

  it('flush waits for what was queued before it, even when that write fails', async () => {
    const writer = controlledWriter();
    const commit = new AsyncGroupCommit(writer.writeAll);
    await commit.flush();
    const pending = commit.append('a.x', [update(1)]).catch(() => 'rejected');
    let flushed = false;
    const flush = commit.flush().then(() => {
      flushed = true;
    });
    await nextTurn();
    expect(writer.calls).toEqual([['a.x']]);
    expect(flushed).toBe(false);
    writer.finishers[0]!(new Error('database gone'));
    await flush;
    expect(await pending).toBe('rejected');
  });
});

import { describe, expect, it } from 'vitest';
import { GroupCommit, type AppendEntry } from './GroupCommit.js';

const update = (byte: number): Uint8Array => new Uint8Array([byte]);

describe('GroupCommit', () => {
  it('writes the appends of one turn in one call and resolves each caller after it', async () => {
    const calls: string[][] = [];
    const commit = new GroupCommit((entries: readonly AppendEntry[]) => calls.push(entries.map((entry) => entry.docName)));
    await Promise.all([commit.append('a.x', [update(1)]), commit.append('b.x', [update(2)]), commit.append('a.x', [update(3)])]);
    expect(calls).toEqual([['a.x', 'b.x', 'a.x']]);
    await commit.append('c.x', [update(4)]);
    expect(calls).toEqual([['a.x', 'b.x', 'a.x'], ['c.x']]);
  });

  it('rejects every caller of a failed batch and writes later appends again', async () => {
    let fail = true;
    const written: string[] = [];
    const commit = new GroupCommit((entries) => {
      if (fail) throw new Error('disk full');
      written.push(...entries.map((entry) => entry.docName));
    });
    const results = await Promise.allSettled([commit.append('a.x', [update(1)]), commit.append('b.x', [update(2)])]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await commit.append('a.x', [update(1)]);
    expect(written).toEqual(['a.x']);
  });

  it('flush writes what is queued at once, so later writes to the store stay in order', async () => {
    const written: string[] = [];
    const commit = new GroupCommit((entries) => written.push(...entries.map((entry) => entry.docName)));
    const pending = commit.append('a.x', [update(1)]);
    commit.flush();
    expect(written).toEqual(['a.x']);
    await pending;
    commit.flush();
    expect(written).toEqual(['a.x']);
  });

  it('answers callers only once the batch is durable, and rejects them when it cannot be made so', async () => {
    let makeDurable: () => void = () => {};
    const commit = new GroupCommit(() => {}, () => new Promise<void>((resolve) => (makeDurable = resolve)));
    let answered = false;
    const pending = commit.append('a.x', [update(1)]).then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    makeDurable();
    await pending;
    expect(answered).toBe(true);
    const failing = new GroupCommit(() => {}, () => Promise.reject(new Error('EIO')));
    await expect(failing.append('a.x', [update(1)])).rejects.toThrow('EIO');
  });
});

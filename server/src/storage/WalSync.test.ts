import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WalSync } from './WalSync.js';

describe('WalSync', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rembuk-walsync-'));
    file = join(dir, 'rembuk.db-wal');
    writeFileSync(file, 'frames');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every sync asked while one fsync runs with one more fsync', async () => {
    const wal = new WalSync(file);
    await Promise.all(Array.from({ length: 100 }, () => wal.sync()));
    expect(wal.fsyncs).toBeLessThanOrEqual(2);
    await wal.sync();
    expect(wal.fsyncs).toBeLessThanOrEqual(3);
    await wal.close();
  });

  it('waits for a running fsync before closing, and refuses syncs after', async () => {
    const wal = new WalSync(file);
    const running = wal.sync();
    await wal.close();
    await running;
    await expect(wal.sync()).rejects.toThrow(/closed/);
  });
});

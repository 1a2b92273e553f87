import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { addCard, readBoard } from '@rembuk/shared';
import { joinBoard } from '../support/yjsClient.js';
import { createTestEvent, eventually } from '../support/testServer.js';

const MAIN = resolve(import.meta.dirname, '..', '..', 'server', 'dist', 'main.js');

/** Start the production entry point as a separate process, as `pnpm start` does. */
async function startProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REMBUK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await eventually(() => expect(output).toMatch(/listening on http:\/\/localhost:\d+/), 10_000);
  const port = /localhost:(\d+)/.exec(output)![1];
  return { child, url: `http://127.0.0.1:${port}` };
}

describe('the server process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-sigterm-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('persists every board and exits 0 on SIGTERM, and serves the same cards after restarting', async () => {
    const first = await startProcess(dataDir);
    const { event } = await createTestEvent(first.url);
    const group = event.groups[0]!;
    const writer = await joinBoard({ url: first.url, yjsUrl: `${first.url.replace('http', 'ws')}/yjs` }, event, group.id);
    await writer.synced;
    for (let i = 0; i < 25; i++) addCard(writer.doc, { kind: 'challenge', text: `tantangan ${i}` });
    const expected = readBoard(writer.doc);
    await new Promise((resolve) => setTimeout(resolve, 100));

    first.child.kill('SIGTERM');
    const [code] = (await once(first.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    writer.destroy();

    const second = await startProcess(dataDir);
    const reader = await joinBoard({ url: second.url, yjsUrl: `${second.url.replace('http', 'ws')}/yjs` }, event, group.id);
    await reader.synced;
    await eventually(() => expect(readBoard(reader.doc)).toEqual(expected));
    reader.destroy();
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
  });
});

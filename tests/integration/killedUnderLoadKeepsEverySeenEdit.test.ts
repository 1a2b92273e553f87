// The PostgreSQL case needs PostgreSQL (REMBUK_TEST_DATABASE_URL, default postgres://root@127.0.0.1:5432/test):
// it runs the server on a database with a random name, dropped afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@rembuk/server';
import { addCard, editCardText, readBoard, type CardId, type GroupId } from '@rembuk/shared';
import { joinBoard, type BoardClient } from '../support/yjsClient.js';
import { createTestEvent, eventually } from '../support/testServer.js';

const MAIN = resolve(import.meta.dirname, '..', '..', 'server', 'dist', 'main.js');
const BOARDS = 4;
const WRITERS_PER_BOARD = 3;
const TYPING_MS = 2_000;
/** Slow enough that no writer reaches its token budget before the kill: the kill lands mid-typing. */
const TYPING_INTERVAL_MS = 8;
/** Tokens are 4–6 characters: this keeps a card under its 2,000-character limit. */
const TOKENS_PER_CARD = 300;

interface Running {
  child: ChildProcess;
  url: string;
  yjsUrl: string;
}

/** The production entry point in its own process, as `pnpm start` runs it (with `store` in its environment). */
async function startProcess(store: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...store },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await eventually(() => expect(output).toMatch(/listening on http:\/\/localhost:\d+/), 10_000);
  const port = /localhost:(\d+)/.exec(output)![1];
  return { child, url: `http://127.0.0.1:${port}`, yjsUrl: `ws://127.0.0.1:${port}/yjs` };
}

/**
 * The durability promise, on either store: an update is broadcast only once it is committed,
 * so whatever any other client has seen survives a kill -9 in the middle of a burst of typing, exactly once.
 */
describe.each(['SQLite', 'PostgreSQL'] as const)('a server killed while everyone types, on %s', (engine) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-kill9-'));
  let database: TestDatabase | null = null;
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  });
  const storeEnv = async (): Promise<NodeJS.ProcessEnv> => {
    if (engine === 'SQLite') return { REMBUK_DATA_DIR: dataDir };
    database ??= await createTestDatabase();
    return { REMBUK_DATABASE_URL: database.url };
  };

  it('keeps every edit another client had seen, none twice', async () => {
    const first = await startProcess(await storeEnv());
    const { event } = await createTestEvent(first.url);
    const groups = event.groups.slice(0, BOARDS).map((group) => group.id);
    const writers: { client: BoardClient; card: CardId; group: GroupId; typed: number }[] = [];
    const observers = new Map<GroupId, BoardClient>();
    /** For each card, the longest text an observer has seen of it. */
    const seen = new Map<string, string>();

    for (const group of groups) {
      const observer = await joinBoard(first, event, group);
      await observer.synced;
      observer.doc.on('update', () => {
        for (const card of readBoard(observer.doc).challenges) {
          if (card.text.length > (seen.get(card.id)?.length ?? 0)) seen.set(card.id, card.text);
        }
      });
      observers.set(group, observer);
      for (let w = 0; w < WRITERS_PER_BOARD; w++) {
        const client = await joinBoard(first, event, group);
        await client.synced;
        writers.push({ client, card: addCard(client.doc, { kind: 'challenge', text: '' }), group, typed: 0 });
      }
    }

    // Every writer appends its own numbered tokens to its own card, every few milliseconds.
    const typing = setInterval(() => {
      for (const [index, writer] of writers.entries()) {
        if (writer.typed >= TOKENS_PER_CARD) continue;
        const text = `${index}.${writer.typed++};`;
        editCardText(writer.client.doc, writer.card, Number.MAX_SAFE_INTEGER, 0, text);
      }
    }, TYPING_INTERVAL_MS);
    await new Promise((done) => setTimeout(done, TYPING_MS));
    const stillTyping = writers.filter((writer) => writer.typed < TOKENS_PER_CARD).length;
    first.child.kill('SIGKILL');
    clearInterval(typing);
    expect(stillTyping).toBe(writers.length);
    await once(first.child, 'exit');
    for (const writer of writers) writer.client.destroy();
    for (const observer of observers.values()) observer.destroy();

    const seenTexts = [...seen.values()].join('');
    expect(seenTexts.length).toBeGreaterThan(1_000); // the kill came in the middle of real traffic

    const second = await startProcess(await storeEnv());
    try {
      for (const group of groups) {
        const reader = await joinBoard(second, event, group);
        await reader.synced;
        const stored = new Map(readBoard(reader.doc).challenges.map((card) => [card.id as string, card.text]));
        for (const writer of writers.filter((candidate) => candidate.group === group)) {
          const seenText = seen.get(writer.card) ?? '';
          const storedText = stored.get(writer.card) ?? '';
          // Append-only typing: what was seen is a prefix of what was kept, and no token appears twice.
          expect(storedText.startsWith(seenText)).toBe(true);
          const tokens = storedText.split(';').filter(Boolean);
          expect(new Set(tokens).size).toBe(tokens.length);
        }
        reader.destroy();
      }
    } finally {
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    }
  }, 60_000);
});

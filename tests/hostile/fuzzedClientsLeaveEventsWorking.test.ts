import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, addCard, boardDocName, cardsOf, readBoard, type CreateEventReply, type GroupId, type OrganizerEvent } from '@rembuk/shared';
import { ControlAttacker, emptyControlTally } from '../support/ControlAttacker.js';
import { openControl, sendCommand } from '../support/controlClient.js';
import { readableText } from '../support/exportReaders.js';
import { heapAfterGcMb } from '../support/heapAfterGc.js';
import { SeededRandom, fuzzSeed } from '../support/seededRandom.js';
import { createTestEvent, eventually, startTestServer, takeSeat, type TestServer } from '../support/testServer.js';
import { YjsAttacker, emptyTally } from '../support/YjsAttacker.js';
import { connectBoard, joinBoard, type BoardClient } from '../support/yjsClient.js';

/**
 * Many hostile participants at once, on both channels, with a seeded generator: mutated and invented Yjs updates,
 * absurd state vectors and awareness, fuzzed votes and commands, mutated engine.io packets. Afterwards the event
 * must still work for everyone: boards open, exports render, another event never noticed, memory comes back.
 * The suite runs a fixed seed; `REMBUK_FUZZ_SEED=random` tries a fresh one, and `REMBUK_FUZZ_SEED=<seed>` replays the
 * seed in a failing test's name: `REMBUK_FUZZ_SEED=<seed> pnpm vitest run --project hostile`.
 */
const SEED = fuzzSeed();
const YJS_ATTACKERS_PER_GROUP = 8;
const FRAMES_PER_YJS_ATTACKER = 160;
const SOCKETIO_ATTACKERS = 6;
const EMITS_PER_SOCKETIO_ATTACKER = 250;
const ENGINE_ATTACKERS = 2;
const PACKETS_PER_ENGINE_ATTACKER = 150;
/** The storm ends when every attacker has sent its share, or after this long. */
const STORM_MAX_MS = 16_000;
const HEAP_SLACK_MB = 64;
const SYNC_TIMEOUT_MS = 10_000;

describe(`fuzzed clients (REMBUK_FUZZ_SEED=${SEED})`, () => {
  let server: TestServer;
  let hostile: CreateEventReply;
  let healthy: CreateEventReply;
  let pair: [BoardClient, BoardClient];
  let heapBeforeMb = 0;
  let heapAfterMb = 0;

  beforeAll(async () => {
    console.log(`fuzz seed ${SEED} (set REMBUK_FUZZ_SEED=${SEED} to replay)`);
    const rng = new SeededRandom(SEED);
    server = await startTestServer();
    hostile = await createTestEvent(server.url, { title: 'Rapat diserang', groups: ['NTT', 'Jawa', 'Papua'] });
    healthy = await createTestEvent(server.url, { title: 'Rapat tenang', groups: ['Bali'] });
    const healthyGroup = healthy.event.groups[0]!.id;
    const first = await joinBoard(server, healthy.event, healthyGroup);
    const second = await joinBoard(server, healthy.event, healthyGroup);
    pair = [first, second];
    await Promise.all(pair.map((client) => client.synced));
    await expectConverges(pair[0], pair[1], 'before the storm');

    // Content to mutate, move and vote on; observers (organizer connections) collect card ids for the attackers.
    const observers = hostile.event.groups.map((group) => connectBoard(server.yjsUrl, hostile.event.id, group.id, hostile.organizerKey));
    await Promise.all(observers.map((observer) => observer.synced));
    for (const observer of observers) {
      observer.doc.transact(() => {
        for (let i = 0; i < 6; i++) addCard(observer.doc, { kind: i % 2 ? 'action' : 'challenge', text: `kartu awal ${i}` });
      });
    }
    heapBeforeMb = await heapAfterGcMb();

    const seats = await Promise.all(
      hostile.event.groups.flatMap((group) =>
        Array.from({ length: YJS_ATTACKERS_PER_GROUP }, () => takeSeat(server.url, hostile.event.joinCode, group.id)),
      ),
    );
    const targets = {
      eventId: hostile.event.id,
      groupIds: hostile.event.groups.map((group) => group.id),
      deviceIds: seats.map((seat) => seat.deviceId),
      cardIds: () => observers.flatMap((observer) => [...cardsOf(observer.doc).keys()]),
    };
    const yjsTally = emptyTally();
    const controlTally = emptyControlTally();
    const yjsAttackers = seats.map((seat, i) => {
      const url = `${server.yjsUrl}/${boardDocName(hostile.event.id, seat.groupId as GroupId)}?token=${encodeURIComponent(seat.ticket)}`;
      return new YjsAttacker(url, rng.fork(i), yjsTally, FRAMES_PER_YJS_ATTACKER, 50);
    });
    const controlAttackers = [
      ...Array.from({ length: SOCKETIO_ATTACKERS }, (_, i) => {
        const seat = seats[i % seats.length]!;
        return new ControlAttacker(server.url, { token: seat.ticket, eventId: hostile.event.id }, targets, rng.fork(1000 + i), controlTally,
          EMITS_PER_SOCKETIO_ATTACKER, 30, 'socket.io');
      }),
      ...Array.from({ length: ENGINE_ATTACKERS }, (_, i) => {
        const seat = seats[seats.length - 1 - i]!;
        return new ControlAttacker(server.url, { token: seat.ticket, eventId: hostile.event.id }, targets, rng.fork(2000 + i), controlTally,
          PACKETS_PER_ENGINE_ATTACKER, 50, 'raw');
      }),
    ];
    // The organizer changes phases during the storm, so attacks meet every session rule (closed, vote, locked).
    const organizer = await openControl(server.url, { token: hostile.organizerKey, eventId: hostile.event.id });
    const conductorRng = rng.fork(3000);
    const conductor = setInterval(() => {
      void sendCommand(organizer, conductorRng.chance(0.2)
        ? { type: 'setLocked', scope: { kind: 'event' }, locked: conductorRng.chance(0.5) }
        : { type: 'setPhase', scope: { kind: 'event' }, phase: conductorRng.pick(['write', 'vote', 'closed', 'plan']) });
    }, 1_500);

    for (const attacker of [...yjsAttackers, ...controlAttackers]) attacker.start();
    const deadline = Date.now() + STORM_MAX_MS;
    while (Date.now() < deadline && ![...yjsAttackers, ...controlAttackers].every((attacker) => attacker.done)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    clearInterval(conductor);
    for (const attacker of [...yjsAttackers, ...controlAttackers]) attacker.stop();
    await sendCommand(organizer, { type: 'setPhase', scope: { kind: 'event' }, phase: 'write' });
    await sendCommand(organizer, { type: 'setLocked', scope: { kind: 'event' }, locked: false });
    organizer.disconnect();
    for (const observer of observers) observer.destroy();
    console.log(
      `fuzz seed ${SEED}: Yjs frames ${JSON.stringify(Object.fromEntries(yjsTally.frames))}, ${yjsTally.connects} connects,` +
        ` closes ${JSON.stringify(Object.fromEntries(yjsTally.closes))}; socket.io ${JSON.stringify(controlTally)}`,
    );
    // Let the server notice every close and drop the attackers' awareness and sockets before memory is read.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    heapAfterMb = await heapAfterGcMb();
  }, STORM_MAX_MS + 25_000);

  afterAll(async () => {
    for (const client of pair ?? []) client.destroy();
    await server?.close();
  });

  it('leave the server answering REST', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/join/${hostile.event.joinCode}`)).status).toBe(200);
    const event = await fetch(`${server.url}/api/events/${hostile.event.id}`, { headers: { Authorization: `Bearer ${hostile.organizerKey}` } });
    expect(event.status).toBe(200);
  });

  it('leave every board opening for a fresh y-websocket client, readable and staying connected', async () => {
    const problems: string[] = [];
    for (const reply of [hostile, healthy]) {
      for (const group of reply.event.groups) problems.push(...(await probeBoard(reply.event, group.id, reply.organizerKey)));
    }
    expect(problems).toEqual([]);
  });

  it('leave every export format of both events rendering', async () => {
    const problems: string[] = [];
    for (const reply of [hostile, healthy]) {
      for (const format of EXPORT_FORMATS) {
        const response = await fetch(`${server.url}/api/events/${reply.event.id}/export?format=${format}`, {
          headers: { Authorization: `Bearer ${reply.organizerKey}` },
        });
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200) {
          problems.push(`${reply.event.title} ${format}: ${response.status} ${body.toString('utf8').slice(0, 200)}`);
          continue;
        }
        try {
          await readableText(format, body);
        } catch (error) {
          problems.push(`${reply.event.title} ${format}: does not open: ${String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('leave a healthy pair on another event converging on an edit', async () => {
    await expectConverges(pair[1], pair[0], 'after the storm');
  });

  it(`leave the heap within ${HEAP_SLACK_MB} MB of its start once the attackers are gone`, () => {
    console.log(`fuzz seed ${SEED}: heap ${heapBeforeMb.toFixed(1)} MB before, ${heapAfterMb.toFixed(1)} MB after`);
    expect(heapAfterMb).toBeLessThan(heapBeforeMb + HEAP_SLACK_MB);
  });

  /** Open a board as a fresh provider: what is wrong with it, if anything (empty when it syncs, reads and stays). */
  async function probeBoard(event: OrganizerEvent, groupId: GroupId, token: string): Promise<string[]> {
    const client = connectBoard(server.yjsUrl, event.id, groupId, token);
    const name = `${event.title}/${groupId}`;
    try {
      await within(client.synced, SYNC_TIMEOUT_MS, `${name} did not sync within ${SYNC_TIMEOUT_MS} ms`);
      try {
        readBoard(client.doc);
      } catch (error) {
        return [`${name}: readBoard throws ${String(error)}`];
      }
      // A synced client sends its state back; a board it cannot send back (over the frame limit) closes it.
      await new Promise((resolve) => setTimeout(resolve, 700));
      return client.closeCodes.length > 0 ? [`${name}: closed after syncing with ${client.closeCodes.join(', ')}`] : [];
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    } finally {
      client.destroy();
    }
  }
});

async function expectConverges(from: BoardClient, to: BoardClient, when: string): Promise<void> {
  const text = `sehat ${when} ${Math.random()}`;
  const started = performance.now();
  addCard(from.doc, { kind: 'challenge', text });
  await eventually(() => expect(readBoard(to.doc).challenges.map((card) => card.text), when).toContain(text), SYNC_TIMEOUT_MS);
  console.log(`healthy pair converged ${when} in ${Math.round(performance.now() - started)} ms`);
}

function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

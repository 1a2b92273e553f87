import { cardsOf } from '@rembuk/shared';
import { seedBoard } from '../load/providerClient.js';
import type { HostileOptions } from '../options.js';
import { sleep, type BenchContext } from '../scenarios/BenchContext.js';
import { clientUrl, type BoardTarget } from '../servers/ServerUnderTest.js';
import { emptyStats, type Attacker, type AttackerKind } from './Attacker.js';
import { connectionChurn } from './connectionChurn.js';
import { controlFlood } from './controlFloods.js';
import { RawSocketIo } from './RawSocketIo.js';
import { yjsAttack } from './yjsAttacks.js';

/** Time for a seeder's cards to become durable and reach the server's document before the attack aims at them. */
const SEED_SETTLE_MS = 1_000;

/**
 * An attacker of `kind` on an event of its own (never the healthy load's), seated as a participant with its own
 * ticket, and the board prepared for its attack: a card to vote on and the vote phase, or a board of
 * `boardCards` cards to ask for.
 */
export async function prepareAttacker(context: BenchContext, kind: AttackerKind, options: HostileOptions): Promise<Attacker> {
  const { server } = context;
  const [board] = await server.createBoards(1);
  if (!board) throw new Error('no board for the attacker');
  const [attacker, seeder] = await server.admit(board, 2);
  const ticket = attacker?.token ?? '';
  const [eventId = '', groupId = ''] = board.room.split('.');
  const baseUrl = `http://127.0.0.1:${server.port}`;
  switch (kind) {
    case 'voteFlood':
    case 'forbiddenCommands': {
      const cardId = await seedCards(board, seeder ?? {}, 1);
      if (kind === 'voteFlood') await setPhase(context, board, baseUrl, eventId, 'vote');
      return controlFlood(kind, { baseUrl, eventId, groupId, ticket, cardId }, options.floodPerSecond);
    }
    case 'syncStep1Amplification':
      await seedCards(board, seeder ?? {}, options.boardCards);
      return yjsAttack(kind, clientUrl(board, attacker ?? {}), options.yjsPerSecond, 0);
    case 'schemaBreakers':
    case 'awarenessFlood':
      return yjsAttack(kind, clientUrl(board, attacker ?? {}), options.yjsPerSecond, 0);
    case 'pendingStructs':
      return yjsAttack(kind, clientUrl(board, attacker ?? {}), options.pendingPerSecond, options.pendingBytes);
    case 'connectionChurn':
      return connectionChurn({ yjsUrl: clientUrl(board, attacker ?? {}), baseUrl, auth: { token: ticket, eventId } }, options.churnLanes);
  }
}

/** Put `count` cards on the board (one transaction) and return the first card's id. */
async function seedCards(board: BoardTarget, params: Record<string, string>, count: number): Promise<string> {
  const seeder = await seedBoard(board, params, count);
  await sleep(SEED_SETTLE_MS);
  const [first] = cardsOf(seeder.doc).keys();
  seeder.destroy();
  if (!first) throw new Error('the seeder made no card');
  return first;
}

/** As the event's organizer, over socket.io: put every group of the attacker's event in `phase`. */
async function setPhase(context: BenchContext, board: BoardTarget, baseUrl: string, eventId: string, phase: string): Promise<void> {
  const organizerKey = context.server.organizerKey?.(board);
  if (!organizerKey) throw new Error('this server has no organizer keys');
  let connected: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    connected = resolve;
  });
  const socket = new RawSocketIo(baseUrl, { token: organizerKey, eventId }, emptyStats(), () => connected());
  socket.start();
  try {
    await ready;
    const reply = await socket.request('command', { type: 'setPhase', scope: { kind: 'event' }, phase });
    if (!reply.includes('"ok":true')) throw new Error(`setPhase ${phase} refused: ${reply}`);
  } finally {
    socket.stop();
  }
}

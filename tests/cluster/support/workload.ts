// Participants, voters and a facilitator of several events, all through the balancer, as phones would connect:
// real y-websocket providers and socket.io clients that reconnect on their own.
import { io } from 'socket.io-client';
import * as Y from 'yjs';
import { addCard, forEachCard, cardText, type CardId, type CreateEventReply, type GroupId, type SessionView } from '@rembuk/shared';
import type { ControlSocket } from '../../support/controlClient.js';
import { connectBoard, type BoardClient } from '../../support/yjsClient.js';
import type { TakeSeatReply } from '@rembuk/shared';
import { createTestEvent } from '../../support/testServer.js';

/**
 * A seat as a phone of its own takes it: each participant comes from its own address, named in X-Forwarded-For
 * (the nodes trust loopback, where HAProxy runs; HAProxy appends the real peer, which is loopback here). The join
 * look-up budget is shared by all nodes per address, so 200 seats from one address would be refused.
 */
async function takeSeat(baseUrl: string, joinCode: string, eventId: string, groupId: string, phone: string): Promise<TakeSeatReply> {
  const response = await fetch(`${baseUrl}/api/join/${joinCode}/seat?event=${eventId}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': phone },
    body: JSON.stringify({ groupId }),
  });
  if (response.status !== 201) throw new Error(`POST seat answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as TakeSeatReply;
}

export interface Participant {
  groupId: GroupId;
  board: BoardClient;
  /** Connection closes this client saw (the close codes), and when. */
  closes: number;
  edits: number;
}

export interface Voter {
  groupId: GroupId;
  socket: ControlSocket;
  disconnects: number;
  /** Votes the server confirmed, and votes whose answer never came (the node died meanwhile). */
  confirmed: Map<CardId, number>;
  unanswered: Map<CardId, number>;
}

export interface EventLoad {
  index: number;
  reply: CreateEventReply;
  groups: GroupId[];
  participants: Participant[];
  voters: Voter[];
  facilitator: ControlSocket;
  facilitatorDisconnects: number;
  /** The latest session view the facilitator saw. */
  session: () => SessionView | null;
  voteCards: CardId[];
}

/** A socket.io client that comes back by itself, also after an `event_elsewhere` refusal (which socket.io does not retry). */
export function reconnectingControl(baseUrl: string, eventId: string, auth: Record<string, unknown>): ControlSocket {
  const socket: ControlSocket = io(baseUrl, {
    auth,
    query: { event: eventId },
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 200,
    reconnectionDelayMax: 1_000,
  });
  socket.on('connect_error', () => {
    if (!socket.active) setTimeout(() => socket.connect(), 300);
  });
  return socket;
}

function connected(socket: ControlSocket): Promise<void> {
  return socket.connected ? Promise.resolve() : new Promise((resolve) => socket.once('connect', () => resolve()));
}

export async function startEventLoad(baseUrl: string, yjsUrl: string, index: number, participantsPerGroup: number): Promise<EventLoad> {
  const reply = await createTestEvent(baseUrl, { title: `Acara ${index}`, groups: ['Sumatera', 'Jawa', 'Bali-NTB', 'NTT'] });
  const eventId = reply.event.id;
  const groups = reply.event.groups.map((group) => group.id);
  const patched = await fetch(`${baseUrl}/api/events/${eventId}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${reply.organizerKey}` },
    body: JSON.stringify({ votesPerParticipant: 50, votesPerCard: 25 }),
  });
  if (!patched.ok) throw new Error(`PATCH settings answered ${patched.status}`);
  const facilitator = reconnectingControl(baseUrl, eventId, { token: reply.organizerKey, eventId });
  let latestSession: SessionView | null = null;
  facilitator.on('session', (view: SessionView) => (latestSession = view));
  await connected(facilitator);

  // The last group votes on cards the facilitator wrote; the others write.
  const voteGroup = groups[3]!;
  const facilitatorBoard = connectBoard(yjsUrl, eventId, voteGroup, reply.organizerKey);
  await facilitatorBoard.synced;
  const voteCards = ['Calo', 'Data', 'Rumah aman', 'Anggaran'].map((text) => addCard(facilitatorBoard.doc, { kind: 'challenge', text }));
  await untilDocHas(facilitatorBoard.doc, voteCards.length);
  facilitatorBoard.destroy();

  const load: EventLoad = {
    index,
    reply,
    groups,
    participants: [],
    voters: [],
    facilitator,
    facilitatorDisconnects: 0,
    session: () => latestSession,
    voteCards,
  };
  facilitator.on('disconnect', () => (load.facilitatorDisconnects += 1));
  for (const groupId of groups) {
    for (let p = 0; p < participantsPerGroup; p++) {
      const seat = await takeSeat(baseUrl, reply.event.joinCode, eventId, groupId, `10.${index}.${groups.indexOf(groupId)}.${p + 1}`);
      const board = connectBoard(yjsUrl, eventId, groupId, seat.ticket);
      const participant: Participant = { groupId, board, closes: 0, edits: 0 };
      board.provider.on('connection-close', () => (participant.closes += 1));
      load.participants.push(participant);
      if (groupId === voteGroup && p < 3) {
        const socket = reconnectingControl(baseUrl, eventId, { token: seat.ticket, eventId });
        const voter: Voter = { groupId, socket, disconnects: 0, confirmed: new Map(), unanswered: new Map() };
        socket.on('disconnect', () => (voter.disconnects += 1));
        load.voters.push(voter);
      }
    }
  }
  await Promise.all(load.participants.map((participant) => participant.board.synced));
  await Promise.all(load.voters.map((voter) => connected(voter.socket)));
  return load;
}

async function untilDocHas(doc: Y.Doc, cards: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    let count = 0;
    forEachCard(doc, () => (count += 1));
    if (count >= cards) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A card whose text names who wrote it and when, so each edit can be found (exactly once) later. */
export function edit(load: EventLoad, participant: Participant): string {
  const marker = `m${load.index}.${load.participants.indexOf(participant)}.${participant.edits++}`;
  addCard(participant.board.doc, { kind: 'challenge', text: marker });
  return marker;
}

export function cardTexts(doc: Y.Doc): string[] {
  const texts: string[] = [];
  forEachCard(doc, (card) => {
    const text = cardText(card)?.toString();
    if (text !== undefined) texts.push(text);
  });
  return texts;
}

/** One dot from a voter; confirmed or unanswered (a node died with the vote in flight). */
export async function vote(voter: Voter, cardId: CardId): Promise<void> {
  if (!voter.socket.connected) return;
  try {
    const reply = (await voter.socket.timeout(3_000).emitWithAck('vote', { cardId, delta: 1 })) as { ok: boolean };
    if (reply.ok) voter.confirmed.set(cardId, (voter.confirmed.get(cardId) ?? 0) + 1);
  } catch {
    voter.unanswered.set(cardId, (voter.unanswered.get(cardId) ?? 0) + 1);
  }
}

export function closeLoad(load: EventLoad): void {
  for (const participant of load.participants) participant.board.destroy();
  for (const voter of load.voters) voter.socket.disconnect();
  load.facilitator.disconnect();
}

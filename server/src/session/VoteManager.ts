import { boardDocName, cardKind, getCard, type CardId, type CommandReply, type EventId, type VoteView } from '@rembuk/shared';
import { runsGroup, type Access } from '../auth/authorize.js';
import type { EventStore, StoredEvent, VoteRow, VoteStore } from '../storage/Storage.js';
import type { BoardRegistry } from '../yjs/BoardRegistry.js';
import { KeyedQueue } from './KeyedQueue.js';
import type { SessionManager } from './SessionManager.js';

/**
 * Dot voting. Dots are counted per random device id (from the participant's ticket), never per person, and only
 * to enforce budgets; totals stay hidden from participants and the projector until a facilitator reveals them.
 */
export class VoteManager {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: VoteStore,
    private readonly events: EventStore,
    private readonly registry: BoardRegistry,
    private readonly sessions: SessionManager,
  ) {}

  /** A participant adds (+1) or takes back (-1) a dot on a card of its own group. */
  cast(access: Access, cardId: string, delta: 1 | -1): Promise<CommandReply> {
    if (access.role !== 'participant') return Promise.resolve(refuse('forbidden', 'Only participants vote.'));
    const { event, deviceId, seat: groupId } = access;
    return this.queue.run(`${event.id}/${groupId}`, async () => {
      const session = this.sessions.group(event.id, groupId);
      if (session.phase !== 'vote' || session.locked) return refuse('wrong_phase', 'Voting is not open.');
      // Taking a dot back always works, even from a card hidden or deleted since: the dot must not stay stuck.
      if (delta === 1) {
        const votable = await this.registry.withBoard(boardDocName(event.id, groupId), (room) => {
          const card = getCard(room.doc, cardId as CardId);
          const status = card?.get('status');
          return card !== undefined && cardKind(card) !== undefined && status !== 'hidden' && status !== 'merged';
        });
        if (!votable) return refuse('not_found', 'No such card to vote on.');
      }
      const rows = await this.store.listVotes(event.id, groupId);
      const mine = rows.filter((row) => row.deviceId === deviceId);
      const onCard = mine.find((row) => row.cardId === cardId)?.count ?? 0;
      const used = mine.reduce((sum, row) => sum + row.count, 0);
      // The organizer may change the budget during the session: read it now, not as it was at connection.
      const { perParticipant, perCard } = (await this.events.getEvent(event.id))?.settings.voteBudget ?? event.settings.voteBudget;
      if (delta === 1 && (used >= perParticipant || onCard >= perCard)) {
        return refuse('budget_exhausted', 'No dots left for this card.');
      }
      if (delta === -1 && onCard === 0) return refuse('not_found', 'No dot of yours on this card.');
      await this.store.setVotes(event.id, groupId, cardId, deviceId, onCard + delta);
      return { ok: true } as const;
    });
  }

  /** What this access sees of one group's votes. */
  async view(access: Access, groupId: string): Promise<VoteView> {
    const rows = await this.store.listVotes(access.event.id, groupId);
    const budget = (await this.events.getEvent(access.event.id))?.settings.voteBudget ?? access.event.settings.voteBudget;
    const revealed = this.sessions.group(access.event.id, groupId).votesRevealed || runsGroup(access, groupId);
    return {
      groupId,
      budget,
      mine: access.role === 'participant' ? countsBy(rows.filter((row) => row.deviceId === access.deviceId)) : {},
      totals: revealed ? countsBy(rows) : null,
      voters: new Set(rows.map((row) => row.deviceId)).size,
    };
  }

  /** Totals per card of a group (exports, dashboards). */
  async totals(eventId: EventId, groupId: string): Promise<Record<string, number>> {
    return countsBy(await this.store.listVotes(eventId, groupId));
  }

  /**
   * Move every dot on `fromCard` onto `intoCard` (merging duplicates sums their votes). Returns the rows as they
   * were, for undo.
   */
  moveVotes(event: StoredEvent, groupId: string, fromCard: string, intoCard: string): Promise<VoteRow[]> {
    return this.queue.run(`${event.id}/${groupId}`, async () => {
      const rows = await this.store.listVotes(event.id, groupId);
      const before = rows.filter((row) => row.cardId === fromCard || row.cardId === intoCard);
      for (const row of rows.filter((candidate) => candidate.cardId === fromCard)) {
        const into = rows.find((candidate) => candidate.cardId === intoCard && candidate.deviceId === row.deviceId)?.count ?? 0;
        await this.store.setVotes(event.id, groupId, intoCard, row.deviceId, into + row.count);
        await this.store.setVotes(event.id, groupId, fromCard, row.deviceId, 0);
      }
      return before;
    });
  }

  /** Put back the rows `moveVotes` returned. */
  restoreVotes(event: StoredEvent, groupId: string, cards: readonly string[], rows: readonly VoteRow[]): Promise<void> {
    return this.queue.run(`${event.id}/${groupId}`, async () => {
      const current = await this.store.listVotes(event.id, groupId);
      for (const row of current.filter((candidate) => cards.includes(candidate.cardId))) {
        await this.store.setVotes(event.id, groupId, row.cardId, row.deviceId, 0);
      }
      for (const row of rows) await this.store.setVotes(event.id, groupId, row.cardId, row.deviceId, row.count);
    });
  }
}

function countsBy(rows: readonly VoteRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.cardId] = (counts[row.cardId] ?? 0) + row.count;
  return counts;
}

function refuse(reason: 'forbidden' | 'wrong_phase' | 'not_found' | 'budget_exhausted', message: string): CommandReply {
  return { ok: false, reason, message };
}

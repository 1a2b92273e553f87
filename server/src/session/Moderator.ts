import * as Y from 'yjs';
import {
  CARD_KEYS,
  CARD_STATUSES,
  LIMITS,
  boardDocName,
  cardKind,
  cardText,
  forEachCard,
  getCard,
  setCardStatus,
  setNotForScreen,
  type CardId,
  type CardStatus,
  type CommandReply,
  type EventId,
  type GroupId,
} from '@rembuk/shared';
import type { AuditStore, StoredEvent } from '../storage/Storage.js';
import type { BoardRegistry } from '../yjs/BoardRegistry.js';
import type { BoardRoom } from '../yjs/BoardRoom.js';
import type { VoteManager } from './VoteManager.js';

/** Transaction origin of moderation: trusted (the board guard checks only client connections). */
export const MODERATION_ORIGIN = Symbol('moderation');

const MAX_UNDO_STEPS = 50;

export type ModerationAction = 'hide' | 'unhide' | 'agree' | 'unagree' | 'notForScreen' | 'forScreen';

type Undo = () => Promise<void>;

/**
 * Facilitators' moderation of cards: hide, agree, not-for-screen, redact and merge, each undoable (last first,
 * per group). Each action leaves an audit note of what was done to which card and when — never who wrote the
 * card, and not who moderated it. Undo steps live in memory: a restart forgets them, the board keeps its state.
 */
export class Moderator {
  private readonly undoStacks = new Map<string, Undo[]>();

  constructor(
    private readonly registry: BoardRegistry,
    private readonly audit: AuditStore,
    private readonly votes: VoteManager,
  ) {}

  async setFlag(event: StoredEvent, groupId: string, cardId: string, action: ModerationAction): Promise<CommandReply> {
    return this.onCard(event, groupId, cardId, action, (room, card) => {
      const previous = { status: card.get(CARD_KEYS.status), notForScreen: card.get(CARD_KEYS.notForScreen) };
      const id = cardId as CardId;
      transact(room, () => {
        switch (action) {
          case 'hide':
            setCardStatus(room.doc, id, 'hidden');
            break;
          case 'unhide':
          case 'unagree':
            setCardStatus(room.doc, id, 'draft');
            break;
          case 'agree':
            setCardStatus(room.doc, id, 'agreed');
            break;
          case 'notForScreen':
            setNotForScreen(room.doc, id, true);
            break;
          case 'forScreen':
            setNotForScreen(room.doc, id, false);
            break;
        }
      });
      return () =>
        this.withCard(event.id, groupId, cardId, (undoRoom) =>
          transact(undoRoom, () => {
            setCardStatus(undoRoom.doc, id, statusOf(previous.status));
            setNotForScreen(undoRoom.doc, id, previous.notForScreen === true);
          }),
        );
    });
  }

  /**
   * Replace a card's text (e.g. it named a person). The board is compacted right after, so the original text is
   * gone from disk too; only the undo step in memory still holds it.
   */
  async redact(event: StoredEvent, groupId: string, cardId: string, replacement: string): Promise<CommandReply> {
    const reply = await this.onCard(event, groupId, cardId, 'redact', (room, card) => {
      const text = cardText(card);
      const original = text?.toString() ?? '';
      transact(room, () => replaceText(card, replacement));
      return () => this.withCard(event.id, groupId, cardId, (undoRoom, undoCard) => transact(undoRoom, () => replaceText(undoCard, original)));
    });
    if (reply.ok) await this.registry.withBoard(boardDocName(event.id, groupId as GroupId), (room) => room.compactNow());
    return reply;
  }

  /**
   * Merge a duplicate into another card of the same column: links move to it, votes are summed onto it. The check
   * and the board change are one step (no participant edit can come between them); the dots follow once the
   * duplicate is merged, so a refused merge never moves any.
   */
  async merge(event: StoredEvent, groupId: string, cardId: string, intoCardId: string): Promise<CommandReply> {
    if (cardId === intoCardId) return { ok: false, reason: 'invalid_command', message: 'A card cannot merge into itself.' };
    const merged = await this.registry.withBoard(boardDocName(event.id, groupId as GroupId), (room) => {
      const from = getCard(room.doc, cardId as CardId);
      const into = getCard(room.doc, intoCardId as CardId);
      if (!from || !into) return 'missing';
      if (cardKind(from) !== cardKind(into)) return 'kinds';
      return mergeOnBoard(room, from, cardId, intoCardId);
    });
    if (merged === 'missing') return { ok: false, reason: 'not_found', message: 'No such card.' };
    if (merged === 'kinds') return { ok: false, reason: 'invalid_command', message: 'Only cards of one column merge.' };

    const voteRows = await this.votes.moveVotes(event, groupId, cardId, intoCardId);
    await this.remember(event, groupId, cardId, 'merge', async () => {
      await this.registry.withBoard(boardDocName(event.id, groupId as GroupId), (room) => merged.undo(room));
      await this.votes.restoreVotes(event, groupId, [cardId, intoCardId], voteRows);
    });
    return { ok: true };
  }

  /** Undo the group's last moderation step. */
  async undo(event: StoredEvent, groupId: string): Promise<CommandReply> {
    const step = this.undoStacks.get(stackKey(event.id, groupId))?.pop();
    if (!step) return { ok: false, reason: 'nothing_to_undo', message: 'Nothing to undo.' };
    await step();
    await this.audit.appendAudit(event.id, { groupId, cardId: '', action: 'undo', at: new Date().toISOString() });
    return { ok: true };
  }

  /** Forget the undo steps of a deleted event. */
  forget(eventId: EventId): void {
    for (const key of [...this.undoStacks.keys()]) if (key.startsWith(`${eventId}/`)) this.undoStacks.delete(key);
  }

  private async onCard(
    event: StoredEvent,
    groupId: string,
    cardId: string,
    action: string,
    apply: (room: BoardRoom, card: Y.Map<unknown>) => Undo,
  ): Promise<CommandReply> {
    const undo = await this.withCard(event.id, groupId, cardId, apply);
    if (!undo) return { ok: false, reason: 'not_found', message: 'No such card.' };
    await this.remember(event, groupId, cardId, action, undo);
    return { ok: true };
  }

  /** Keep a done step's undo (the last MAX_UNDO_STEPS per group) and note it in the audit log. */
  private async remember(event: StoredEvent, groupId: string, cardId: string, action: string, undo: Undo): Promise<void> {
    const key = stackKey(event.id, groupId);
    const stack = this.undoStacks.get(key) ?? [];
    stack.push(undo);
    if (stack.length > MAX_UNDO_STEPS) stack.shift();
    this.undoStacks.set(key, stack);
    await this.audit.appendAudit(event.id, { groupId, cardId, action, at: new Date().toISOString() });
  }

  private withCard<T>(eventId: EventId, groupId: string, cardId: string, use: (room: BoardRoom, card: Y.Map<unknown>) => T): Promise<T | undefined> {
    return this.registry.withBoard(boardDocName(eventId, groupId as GroupId), (room) => {
      const card = getCard(room.doc, cardId as CardId);
      return card ? use(room, card) : undefined;
    });
  }
}

/**
 * Mark `card` merged into `intoCardId` and move every action's link from it to the kept card, in one moderation
 * transaction; returns the change that puts the board back as it was.
 */
function mergeOnBoard(room: BoardRoom, card: Y.Map<unknown>, cardId: string, intoCardId: string): { undo: (room: BoardRoom) => void } {
  const previous = { status: card.get(CARD_KEYS.status), mergedInto: card.get(CARD_KEYS.mergedInto) };
  const relinked: string[] = [];
  /** Actions that already addressed the kept card: undo must leave their link. */
  const alreadyLinked = new Set<string>();
  transact(room, () => {
    card.set(CARD_KEYS.status, 'merged');
    card.set(CARD_KEYS.mergedInto, intoCardId);
    forEachCard(room.doc, (other, otherId) => {
      const links = other.get(CARD_KEYS.addresses);
      if (!(links instanceof Y.Map) || !links.has(cardId)) return;
      if (links.has(intoCardId)) alreadyLinked.add(otherId);
      links.delete(cardId);
      if (links.size < LIMITS.maxLinksPerAction) links.set(intoCardId, true);
      relinked.push(otherId);
    });
  });
  return {
    undo: (undoRoom) => {
      const undoCard = getCard(undoRoom.doc, cardId as CardId);
      if (!undoCard) return;
      transact(undoRoom, () => {
        setCardStatus(undoRoom.doc, cardId as CardId, statusOf(previous.status));
        if (typeof previous.mergedInto === 'string') undoCard.set(CARD_KEYS.mergedInto, previous.mergedInto);
        else undoCard.delete(CARD_KEYS.mergedInto);
        for (const actionId of relinked) {
          const links = getCard(undoRoom.doc, actionId as CardId)?.get(CARD_KEYS.addresses);
          if (!(links instanceof Y.Map)) continue;
          links.set(cardId, true);
          if (!alreadyLinked.has(actionId)) links.delete(intoCardId);
        }
      });
    },
  };
}

function transact(room: BoardRoom, change: () => void): void {
  room.doc.transact(change, MODERATION_ORIGIN);
}

function replaceText(card: Y.Map<unknown>, replacement: string): void {
  const text = cardText(card);
  if (!text) return;
  text.delete(0, text.length);
  text.insert(0, replacement.slice(0, LIMITS.maxCardTextLength));
}

/** A status read back from the document for undo; anything unexpected undoes to a draft. */
function statusOf(value: unknown): CardStatus {
  return CARD_STATUSES.find((status) => status === value) ?? 'draft';
}

function stackKey(eventId: string, groupId: string): string {
  return `${eventId}/${groupId}`;
}

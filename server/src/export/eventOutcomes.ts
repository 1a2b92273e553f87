import { boardDocName, readBoard, type BoardSnapshot, type GroupInfo } from '@rembuk/shared';
import type { StoredEvent } from '../storage/Storage.js';
import type { BoardRegistry } from '../yjs/BoardRegistry.js';

/** An event with each group's board, read at one moment: the input of every export format. */
export interface EventOutcomes {
  event: StoredEvent;
  generatedAt: Date;
  groups: { group: GroupInfo; board: BoardSnapshot }[];
}

/** Hidden cards never leave the server in an export, and neither do links to them. */
export function withoutHiddenCards(board: BoardSnapshot): BoardSnapshot {
  const challenges = board.challenges.filter((card) => card.status !== 'hidden');
  const visible = new Set<string>(challenges.map((card) => card.id));
  const actions = board.actions
    .filter((card) => card.status !== 'hidden')
    .map((card) => ({ ...card, addresses: card.addresses.filter((id) => visible.has(id)) }));
  return { challenges, actions };
}

/** Read every group's board (loading boards that are not in memory, and letting them unload again). */
export async function collectEventOutcomes(event: StoredEvent, registry: BoardRegistry): Promise<EventOutcomes> {
  const groups = [];
  for (const group of event.groups) {
    const board = await registry.withBoard(boardDocName(event.id, group.id), (room) => readBoard(room.doc));
    groups.push({ group, board: withoutHiddenCards(board) });
  }
  return { event, generatedAt: new Date(), groups };
}

import { boardDocName, readBoard, type BoardSnapshot, type EventId, type GroupInfo } from '@rembuk/shared';
import type { SeatStore, StoredEvent } from '../storage/Storage.js';
import type { BoardRegistry } from '../yjs/BoardRegistry.js';

/** One group's part of an export: its board as reported, the dots on each card, and how many devices sit there. */
export interface GroupOutcome {
  group: GroupInfo;
  board: BoardSnapshot;
  /** Dots per card id (a merged card's dots are already on the card it was merged into). */
  votes: Readonly<Record<string, number>>;
  /** Seated participant devices: a count, never who. */
  participants: number;
}

/** A theme across regions as a report lists it (only cards approved for the screen are in a theme). */
export interface ReportTheme {
  id: string;
  label: string;
  kind: 'challenge' | 'action';
  state: 'approved' | 'proposed' | 'dismissed';
  /** Group ids, in event order. */
  regions: string[];
  cards: { groupId: string; cardId: string; text: string }[];
  votes: number;
}

/** An event with each group's board, read at one moment: the input of every export format. */
export interface EventOutcomes {
  event: StoredEvent;
  generatedAt: Date;
  /** Whether cards marked "not for screen" were kept (the organizer asked for them). */
  includesNotForScreen: boolean;
  groups: GroupOutcome[];
  /** Themes across regions, as the organizer chose them at download; absent: the report has no themes section. */
  themes?: { scope: 'approved' | 'all'; list: ReportTheme[] };
}

export interface OutcomeSources {
  registry: BoardRegistry;
  votes: { totals(eventId: EventId, groupId: string): Promise<Record<string, number>> };
  seats: Pick<SeatStore, 'countSeats'>;
}

export interface OutcomeOptions {
  /** Keep cards marked "not for screen" (default: leave them out). */
  includeNotForScreen?: boolean;
  themes?: EventOutcomes['themes'];
}

/**
 * The cards a report shows. Hidden cards never leave the server in an export, and neither do links to them.
 * Merged cards are not rows of their own: their text lives on in the card they were merged into, which also
 * carries their votes. "Not for screen" cards stay out unless the organizer asks for them.
 */
export function reportableBoard(board: BoardSnapshot, options: OutcomeOptions = {}): BoardSnapshot {
  const shown = (card: { status: string; notForScreen: boolean }) =>
    card.status !== 'hidden' && card.status !== 'merged' && (options.includeNotForScreen === true || !card.notForScreen);
  const challenges = board.challenges.filter(shown);
  const visible = new Set<string>(challenges.map((card) => card.id));
  const actions = board.actions
    .filter(shown)
    .map((card) => ({ ...card, addresses: card.addresses.filter((id) => visible.has(id)) }));
  return { challenges, actions };
}

/** Read every group's board (loading boards that are not in memory, and letting them unload again). */
export async function collectEventOutcomes(
  event: StoredEvent,
  sources: OutcomeSources,
  options: OutcomeOptions = {},
): Promise<EventOutcomes> {
  const seated = await sources.seats.countSeats(event.id);
  const groups: GroupOutcome[] = [];
  for (const group of event.groups) {
    const board = await sources.registry.withBoard(boardDocName(event.id, group.id), (room) => readBoard(room.doc));
    const votes = await sources.votes.totals(event.id, group.id);
    groups.push({ group, board: reportableBoard(board, options), votes, participants: seated[group.id] ?? 0 });
  }
  return {
    event,
    generatedAt: new Date(),
    includesNotForScreen: options.includeNotForScreen === true,
    groups,
    ...(options.themes ? { themes: options.themes } : {}),
  };
}

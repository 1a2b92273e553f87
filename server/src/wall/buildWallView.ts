import type { BoardSnapshot, EventId, WallTheme, WallView } from '@rembuk/shared';
import type { StoredEvent } from '../storage/Storage.js';
import { wallGroup } from './wallGroup.js';

/** Where the wall's facts come from, however the server keeps them. */
export interface WallSources {
  /** Read a board (loading it if no one has it open). */
  readBoard(eventId: EventId, groupId: string): Promise<BoardSnapshot>;
  votesRevealed(eventId: EventId, groupId: string): boolean;
  voteTotals(eventId: EventId, groupId: string): Promise<Record<string, number>>;
  /** Themes across regions approved for the wall (only cards approved for the screen in them). */
  wallThemes(event: StoredEvent): Promise<WallTheme[]>;
}

/** Every group of the event as the projector wall shows it, in the event's group order. */
export async function buildWallView(event: StoredEvent, sources: WallSources): Promise<WallView> {
  const groups = await Promise.all(
    event.groups.map(async (group) => {
      const revealed = sources.votesRevealed(event.id, group.id);
      const [board, totals] = await Promise.all([
        sources.readBoard(event.id, group.id),
        revealed ? sources.voteTotals(event.id, group.id) : Promise.resolve(null),
      ]);
      return wallGroup(group.id, board, totals);
    }),
  );
  return { groups, themes: await sources.wallThemes(event) };
}

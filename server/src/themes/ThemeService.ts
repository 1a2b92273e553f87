import {
  THEME_LIMITS,
  isForTheScreen,
  type BoardSnapshot,
  type CommandReply,
  type DuplicatesReply,
  type EventId,
  type ThemeCommand,
  type ThemesReply,
  type WallTheme,
} from '@rembuk/shared';
import { runsGroup, type Access } from '../auth/authorize.js';
import type { StoredEvent, ThemeStore } from '../storage/Storage.js';
import type { Logger } from '../util/logger.js';
import { assembleThemes, type AssembledThemes, type CardFacts } from './assembleThemes.js';
import { cardKey, type EngineCard, type EngineResult } from './findClusters.js';
import type { ThemeEngine } from './ThemeEngine.js';
import { emptyDecisions, liveThemeId, newRecord, newThemeId, notDuplicateKey, parseDecisions, type ThemeDecisions } from './themeDecisions.js';
import { applyThemeCommand } from './themeCommands.js';

/** Where the service reads an event's boards and votes, however the server keeps them. */
export interface ThemeSources {
  getEvent(eventId: EventId): Promise<StoredEvent | null>;
  readBoard(eventId: EventId, groupId: string): Promise<BoardSnapshot>;
  votesRevealed(eventId: EventId, groupId: string): boolean;
  voteTotals(eventId: EventId, groupId: string): Promise<Record<string, number>>;
}

/** Who is told when an event's themes or a group's suggestions change. */
export interface ThemePublisher {
  themes(eventId: EventId, reply: ThemesReply): void;
  duplicates(eventId: EventId, reply: DuplicatesReply): void;
  /** The approved themes changed: the wall is rebuilt. */
  wallThemesChanged(eventId: EventId): void;
}

export interface ThemeServiceOptions {
  /** Quiet time after a board change before themes are recomputed (edits come in bursts). */
  delayMs: number;
  /** Where clustering runs (a worker thread in the server). */
  engine: ThemeEngine;
}

/**
 * Cards one board contributes to themes, in board order (challenges, then actions): a board flooded with cards
 * costs every recomputation of its event no more than this (the engine's work is bounded by 50 groups × this).
 */
export const MAX_THEME_CARDS_PER_BOARD = 200;
/** Characters of a card the engine reads (the first words carry what it says). */
const MAX_TEXT_READ = 400;
/** Most "not duplicates" pairs kept per event (the oldest go first). */
const MAX_NOT_DUPLICATE_PAIRS = 5_000;

interface EventState {
  decisions: ThemeDecisions | null;
  raw: { result: EngineResult; facts: Map<string, CardFacts>; groupOrder: string[] } | null;
  view: (AssembledThemes & { generatedAt: string }) | null;
  timer: NodeJS.Timeout | null;
  /** The recomputation under way, which callers wanting fresh themes wait for. */
  computing: Promise<void> | null;
  /** A change arrived while computing: compute again after. */
  again: boolean;
}

/**
 * Themes across regions and duplicate suggestions, per event: recomputed `delayMs` after its boards change (never
 * on the path of an edit), one event at a time across the server (a flooded event cannot crowd out the others'
 * board traffic for longer than one bounded run), with the lead facilitator's decisions applied and kept in the
 * `ThemeStore`.
 */
export class ThemeService {
  private readonly events = new Map<EventId, EventState>();
  /** Engine runs of all events, one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly store: ThemeStore,
    private readonly sources: ThemeSources,
    private readonly publisher: ThemePublisher,
    private readonly logger: Logger,
    private readonly options: ThemeServiceOptions,
  ) {}

  /**
   * A board, a vote or a reveal of the event changed: recompute a little later (coalesced). Only events whose
   * themes someone asked for (a lead's dashboard, a facilitator's board, the API, a wall) are kept up to date;
   * the others are computed when first asked.
   */
  changed(eventId: EventId): void {
    if (this.closed) return;
    const state = this.events.get(eventId);
    if (!state || state.timer) return;
    state.timer = setTimeout(() => {
      state.timer = null;
      void this.recompute(eventId);
    }, this.options.delayMs);
    state.timer.unref();
  }

  async themes(event: StoredEvent): Promise<ThemesReply> {
    const view = await this.currentView(event.id);
    return { themes: view.themes, dismissed: view.dismissed, generatedAt: view.generatedAt };
  }

  async duplicates(event: StoredEvent, groupId: string): Promise<DuplicatesReply> {
    const view = await this.currentView(event.id);
    return { groupId: groupId as DuplicatesReply['groupId'], suggestions: view.duplicates.get(groupId) ?? [], generatedAt: view.generatedAt };
  }

  /** Approved, not dismissed themes for the wall, largest first, at most `THEME_LIMITS.wallThemes` per kind. */
  async wallThemes(event: StoredEvent): Promise<WallTheme[]> {
    const view = await this.currentView(event.id);
    return wallThemesOf(view);
  }

  async run(access: Access, command: ThemeCommand): Promise<CommandReply> {
    const eventId = access.event.id;
    if (command.type === 'dismissDuplicate') {
      if (!runsGroup(access, command.groupId)) return { ok: false, reason: 'forbidden', message: 'You do not run that group.' };
    } else if (!isLead(access)) {
      return { ok: false, reason: 'forbidden', message: 'Only the organizer or a lead facilitator decides on themes.' };
    }
    const view = await this.currentView(eventId);
    const state = this.state(eventId);
    const decisions = state.decisions ?? emptyDecisions();
    state.decisions = decisions;
    if (command.type === 'dismissDuplicate') {
      const suggestion = view.duplicates.get(command.groupId)?.find((found) => found.id === command.suggestionId);
      if (!suggestion) return { ok: false, reason: 'not_found', message: 'No such suggestion.' };
      const keys = suggestion.cardIds.map((cardId) => `${command.groupId}/${cardId}`);
      for (let a = 0; a < keys.length; a += 1) for (let b = a + 1; b < keys.length; b += 1) decisions.notDuplicates.push(notDuplicateKey(keys[a]!, keys[b]!));
      decisions.notDuplicates = [...new Set(decisions.notDuplicates)].slice(-MAX_NOT_DUPLICATE_PAIRS);
      await this.save(eventId, decisions);
      // The engine reads the dismissed pairs: run it again now rather than after the quiet time.
      await this.recompute(eventId);
      return { ok: true };
    }
    const reply = applyThemeCommand(decisions, view, command, { newThemeId, newRecord, liveThemeId });
    if (!reply.ok) return reply;
    await this.save(eventId, decisions);
    await this.reassembleAndSave(eventId, state);
    return reply;
  }

  /** Forget a deleted event (its stored decisions go with the event's rows). */
  forget(eventId: EventId): void {
    const state = this.events.get(eventId);
    if (state?.timer) clearTimeout(state.timer);
    this.events.delete(eventId);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const state of this.events.values()) if (state.timer) clearTimeout(state.timer);
    await this.options.engine.close();
  }

  private state(eventId: EventId): EventState {
    let state = this.events.get(eventId);
    if (!state) {
      state = { decisions: null, raw: null, view: null, timer: null, computing: null, again: false };
      this.events.set(eventId, state);
    }
    return state;
  }

  private async currentView(eventId: EventId): Promise<NonNullable<EventState['view']>> {
    const state = this.state(eventId);
    if (!state.view) await this.recompute(eventId);
    return state.view ?? { themes: [], dismissed: [], duplicates: new Map(), generatedAt: new Date().toISOString() };
  }

  /** Read the boards, run the engine, apply decisions, publish. A run already under way is joined, then redone once. */
  private recompute(eventId: EventId): Promise<void> {
    const state = this.state(eventId);
    if (state.computing) {
      state.again = true;
      return state.computing;
    }
    state.computing = (async () => {
      try {
        do {
          state.again = false;
          await this.computeOnce(eventId, state);
        } while (state.again && !this.closed);
      } catch (error) {
        this.logger.error(`themes of event ${eventId} could not be computed`, error);
      } finally {
        state.computing = null;
      }
    })();
    return state.computing;
  }

  private async computeOnce(eventId: EventId, state: EventState): Promise<void> {
    const event = await this.sources.getEvent(eventId);
    if (!event) {
      this.forget(eventId);
      return;
    }
    if (!state.decisions) {
      const stored = await this.store.loadThemeDecisions(eventId);
      const parsed = parseDecisions(stored);
      if (!parsed) this.logger.warn(`stored theme decisions of event ${eventId} do not parse; starting afresh`);
      state.decisions = parsed ?? emptyDecisions();
    }
    const { cards, facts } = await this.readCards(event);
    const notDuplicates = [...state.decisions.notDuplicates];
    const run = this.queue.then(() => this.options.engine.compute(cards, notDuplicates));
    this.queue = run.catch(() => undefined);
    const result = await run;
    state.raw = { result, facts, groupOrder: event.groups.map((group) => group.id) };
    await this.reassembleAndSave(eventId, state);
  }

  private async readCards(event: StoredEvent): Promise<{ cards: EngineCard[]; facts: Map<string, CardFacts> }> {
    const cards: EngineCard[] = [];
    const facts = new Map<string, CardFacts>();
    for (const group of event.groups) {
      const revealed = this.sources.votesRevealed(event.id, group.id);
      const [board, totals] = await Promise.all([
        this.sources.readBoard(event.id, group.id),
        revealed ? this.sources.voteTotals(event.id, group.id) : Promise.resolve(null),
      ]);
      const counted = [...board.challenges, ...board.actions].filter(isForTheScreen).slice(0, MAX_THEME_CARDS_PER_BOARD);
      for (const card of counted) {
        const engineCard: EngineCard = { groupId: group.id, cardId: card.id, kind: card.kind, text: card.text.slice(0, MAX_TEXT_READ) };
        cards.push(engineCard);
        facts.set(cardKey(engineCard), { card: { ...engineCard, text: card.text }, votes: totals?.[card.id] ?? 0 });
      }
    }
    return { cards, facts };
  }

  private async reassembleAndSave(eventId: EventId, state: EventState): Promise<void> {
    if (!state.raw || !state.decisions) return;
    const previous = state.view;
    const assembled = assembleThemes(state.raw.result, state.raw.facts, state.decisions, state.raw.groupOrder);
    state.view = { themes: assembled.themes, dismissed: assembled.dismissed, duplicates: assembled.duplicates, generatedAt: new Date().toISOString() };
    if (assembled.decisionsChanged) await this.save(eventId, state.decisions);
    this.publish(eventId, previous, state.view);
  }

  private async save(eventId: EventId, decisions: ThemeDecisions): Promise<void> {
    await this.store.saveThemeDecisions(eventId, JSON.stringify(decisions));
  }

  private publish(eventId: EventId, previous: EventState['view'], next: NonNullable<EventState['view']>): void {
    const sameThemes = previous && JSON.stringify([previous.themes, previous.dismissed]) === JSON.stringify([next.themes, next.dismissed]);
    if (!sameThemes) this.publisher.themes(eventId, { themes: next.themes, dismissed: next.dismissed, generatedAt: next.generatedAt });
    const groups = new Set([...(previous?.duplicates.keys() ?? []), ...next.duplicates.keys()]);
    for (const groupId of groups) {
      const before = previous?.duplicates.get(groupId) ?? [];
      const after = next.duplicates.get(groupId) ?? [];
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        this.publisher.duplicates(eventId, { groupId: groupId as DuplicatesReply['groupId'], suggestions: after, generatedAt: next.generatedAt });
      }
    }
    if (!previous || JSON.stringify(wallThemesOf(previous)) !== JSON.stringify(wallThemesOf(next))) this.publisher.wallThemesChanged(eventId);
  }
}

/** The organizer, or a facilitator whose key runs every group. */
export function isLead(access: Access): boolean {
  return access.role === 'organizer' || (access.role === 'facilitator' && access.groupIds === null);
}

function wallThemesOf(view: Pick<AssembledThemes, 'themes'>): WallTheme[] {
  const approved = view.themes.filter((theme) => theme.approved);
  return (['challenge', 'action'] as const).flatMap((kind) =>
    approved
      .filter((theme) => theme.kind === kind)
      .slice(0, THEME_LIMITS.wallThemes)
      .map((theme) => ({
        id: theme.id,
        label: theme.label,
        kind: theme.kind,
        regions: [...theme.regions],
        cardCount: theme.cards.length,
        votes: theme.votes,
        cards: theme.cards.slice(0, THEME_LIMITS.wallCardsPerTheme).map((card) => ({ groupId: card.groupId, text: card.text })),
      })),
  );
}

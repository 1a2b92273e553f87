import { createHash } from 'node:crypto';
import { THEME_LIMITS, type DuplicateSuggestion, type Theme, type ThemeKind } from '@rembuk/shared';
import { cardKey, type EngineCard, type EngineResult } from './findClusters.js';
import { liveThemeId, newRecord, newThemeId, type ThemeDecisions } from './themeDecisions.js';
import { themeLabel } from './themeLabel.js';

export interface CardFacts {
  card: EngineCard;
  /** Revealed votes (0 while the group's votes are hidden). */
  votes: number;
}

export interface AssembledThemes {
  themes: Theme[];
  dismissed: Theme[];
  /** Suggestions per group id. */
  duplicates: Map<string, DuplicateSuggestion[]>;
}

/**
 * Themes as the lead facilitator sees them: the engine's clusters matched to the previous themes by the cards they
 * share (so ids, names, approvals and dismissals carry over), then every decision applied: pinned cards moved into
 * their theme, merged themes folded in. Updates `decisions` in place (each theme's cards, for the next matching;
 * records of themes that are gone and carry no decision are dropped) and reports whether they changed.
 */
export function assembleThemes(
  result: EngineResult,
  facts: ReadonlyMap<string, CardFacts>,
  decisions: ThemeDecisions,
  groupOrder: readonly string[],
): AssembledThemes & { decisionsChanged: boolean } {
  const before = JSON.stringify(decisions);
  const members = new Map<string, string[]>();
  const add = (themeId: string, key: string) => {
    const list = members.get(themeId);
    if (list) list.push(key);
    else members.set(themeId, [key]);
  };

  // Match each cluster to the previous theme it shares most cards with (each theme to one cluster at most).
  const previousOf = new Map<string, string>();
  for (const [themeId, record] of Object.entries(decisions.themes)) for (const key of record.cards) previousOf.set(key, themeId);
  const overlaps: { cluster: number; themeId: string; shared: number }[] = [];
  result.clusters.forEach((cluster, index) => {
    const counts = new Map<string, number>();
    for (const card of cluster.cards) {
      const themeId = previousOf.get(cardKey(card));
      if (themeId && decisions.themes[themeId]?.kind === cluster.kind) counts.set(themeId, (counts.get(themeId) ?? 0) + 1);
    }
    for (const [themeId, shared] of counts) overlaps.push({ cluster: index, themeId, shared });
  });
  overlaps.sort((a, b) => b.shared - a.shared || a.cluster - b.cluster || (a.themeId < b.themeId ? -1 : 1));
  const themeOfCluster = new Map<number, string>();
  const taken = new Set<string>();
  for (const { cluster, themeId } of overlaps) {
    if (themeOfCluster.has(cluster) || taken.has(themeId)) continue;
    themeOfCluster.set(cluster, themeId);
    taken.add(themeId);
  }

  result.clusters.forEach((cluster, index) => {
    let themeId = themeOfCluster.get(index);
    if (!themeId) {
      themeId = newThemeId();
      decisions.themes[themeId] = newRecord(cluster.kind);
    }
    const live = liveThemeId(decisions, themeId);
    for (const card of cluster.cards) {
      const key = cardKey(card);
      const pinned = decisions.pinned[key];
      // A pinned card goes to its chosen theme below; one pinned to a theme that no longer exists stays here.
      if (pinned && decisions.themes[liveThemeId(decisions, pinned)]?.kind === card.kind) continue;
      add(live, key);
    }
  });
  for (const [key, themeId] of Object.entries(decisions.pinned)) {
    const fact = facts.get(key);
    if (!fact) continue;
    const live = liveThemeId(decisions, themeId);
    if (decisions.themes[live]?.kind === fact.card.kind) add(live, key);
  }

  const themes: Theme[] = [];
  const dismissed: Theme[] = [];
  for (const [themeId, record] of Object.entries(decisions.themes)) {
    const keys = members.get(themeId) ?? [];
    record.cards = keys;
    if (keys.length === 0) continue;
    const cards = keys.map((key) => facts.get(key)!);
    const theme: Theme = {
      id: themeId,
      label: record.label ?? themeLabel(cards[0]!.card.text),
      kind: record.kind,
      approved: record.approved,
      regions: groupOrder.filter((groupId) => cards.some((fact) => fact.card.groupId === groupId)) as Theme['regions'],
      cards: cards.map(({ card }) => ({ groupId: card.groupId as Theme['regions'][number], cardId: card.cardId as Theme['cards'][number]['cardId'], text: card.text })),
      votes: cards.reduce((sum, fact) => sum + fact.votes, 0),
    };
    (record.dismissed ? dismissed : themes).push(theme);
  }
  pruneRecords(decisions, facts);
  const order = (a: Theme, b: Theme) =>
    b.regions.length - a.regions.length || b.votes - a.votes || b.cards.length - a.cards.length || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1);
  themes.sort(order);
  dismissed.sort(order);
  return { themes, dismissed, duplicates: suggestions(result), decisionsChanged: JSON.stringify(decisions) !== before };
}

/**
 * Drop what no longer matters: pins of cards that are gone (deleted, hidden, merged), and themes that hold no card
 * and carry no decision (or only a merge, once nothing points at them).
 */
function pruneRecords(decisions: ThemeDecisions, facts: ReadonlyMap<string, CardFacts>): void {
  for (const key of Object.keys(decisions.pinned)) if (!facts.has(key)) delete decisions.pinned[key];
  const pointedAt = new Set([...Object.values(decisions.pinned), ...Object.values(decisions.themes).flatMap((record) => record.mergedInto ?? [])]);
  for (const [themeId, record] of Object.entries(decisions.themes)) {
    const decided = record.label !== null || record.approved || record.dismissed;
    if (record.cards.length === 0 && !pointedAt.has(themeId) && (!decided || record.mergedInto !== null)) delete decisions.themes[themeId];
  }
}

function suggestions(result: EngineResult): Map<string, DuplicateSuggestion[]> {
  const byGroup = new Map<string, DuplicateSuggestion[]>();
  for (const found of result.duplicates) {
    const cardIds = found.cards.slice(0, THEME_LIMITS.maxDuplicateSetSize).map((card) => card.cardId);
    const suggestion: DuplicateSuggestion = {
      id: suggestionId(found.groupId, found.kind, cardIds),
      groupId: found.groupId as DuplicateSuggestion['groupId'],
      kind: found.kind,
      cardIds: cardIds as DuplicateSuggestion['cardIds'],
      keepCardId: cardIds[0]! as DuplicateSuggestion['keepCardId'],
      score: Math.round(found.score * 1000) / 1000,
    };
    const list = byGroup.get(found.groupId) ?? [];
    list.push(suggestion);
    byGroup.set(found.groupId, list);
  }
  for (const [groupId, list] of byGroup) {
    byGroup.set(groupId, list.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, THEME_LIMITS.maxSuggestionsPerGroup));
  }
  return byGroup;
}

/** Derived from the set of cards (not their order), so the same cards keep the same suggestion id. */
function suggestionId(groupId: string, kind: ThemeKind, cardIds: readonly string[]): string {
  const digest = createHash('sha256').update(`${groupId}\n${kind}\n${[...cardIds].sort().join(',')}`).digest('hex');
  return `d${BigInt(`0x${digest.slice(0, 24)}`).toString(36)}`;
}

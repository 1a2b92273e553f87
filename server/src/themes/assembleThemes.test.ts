import { describe, expect, it } from 'vitest';
import type { ThemeCommand } from '@rembuk/shared';
import { assembleThemes, type CardFacts } from './assembleThemes.js';
import { cardKey, type EngineCard, type EngineResult } from './findClusters.js';
import { applyThemeCommand } from './themeCommands.js';
import { emptyDecisions, liveThemeId, newRecord, newThemeId, parseDecisions, type ThemeDecisions } from './themeDecisions.js';

const card = (groupId: string, cardId: string, text = `${groupId} ${cardId}`): EngineCard => ({ groupId, cardId, kind: 'challenge', text });
const groups = ['aaaa', 'bbbb', 'cccc'];

function facts(cards: readonly EngineCard[], votes: Record<string, number> = {}): Map<string, CardFacts> {
  return new Map(cards.map((one) => [cardKey(one), { card: one, votes: votes[one.cardId] ?? 0 }]));
}

function result(...clusters: EngineCard[][]): EngineResult {
  return { clusters: clusters.map((cards) => ({ kind: 'challenge', cards })), duplicates: [] };
}

const helpers = { newThemeId, newRecord, liveThemeId };

function decide(decisions: ThemeDecisions, view: ReturnType<typeof assembleThemes>, command: Exclude<ThemeCommand, { type: 'dismissDuplicate' }>) {
  const reply = applyThemeCommand(decisions, view, command, helpers);
  expect(reply).toEqual({ ok: true });
}

describe('themes with the lead facilitator’s decisions', () => {
  const a1 = card('aaaa', 'card0001', 'Calo merekrut lewat media sosial');
  const b1 = card('bbbb', 'card0002');
  const c1 = card('cccc', 'card0003');
  const a2 = card('aaaa', 'card0004');
  const all = [a1, b1, c1, a2];

  it('labels a theme with its central card, lists regions in event order and sums revealed votes', () => {
    const view = assembleThemes(result([b1, a1], [c1, a2]), facts(all, { card0001: 3, card0002: 2 }), emptyDecisions(), groups);
    const first = view.themes.find((theme) => theme.cards.some((one) => one.cardId === 'card0002'))!;
    expect(first).toMatchObject({ label: b1.text, regions: ['aaaa', 'bbbb'], votes: 5, approved: false, kind: 'challenge' });
  });

  it('keeps ids, names and approval while the clusters change, and a moved card where it was put', () => {
    const decisions = emptyDecisions();
    const first = assembleThemes(result([a1, b1], [c1]), facts(all), decisions, groups);
    const recruitment = first.themes.find((theme) => theme.cards.length === 2)!;
    const other = first.themes.find((theme) => theme.cards.length === 1)!;
    decide(decisions, first, { type: 'renameTheme', themeId: recruitment.id, label: 'Perekrutan daring' });
    decide(decisions, first, { type: 'approveTheme', themeId: recruitment.id, approved: true });
    decide(decisions, first, { type: 'moveThemeCard', card: { groupId: 'bbbb', cardId: 'card0002' }, toThemeId: other.id });
    // The engine now also finds a new card with the first two.
    const next = assembleThemes(result([a1, b1, a2], [c1]), facts(all), decisions, groups);
    const renamed = next.themes.find((theme) => theme.id === recruitment.id)!;
    expect(renamed).toMatchObject({ label: 'Perekrutan daring', approved: true });
    expect(renamed.cards.map((one) => one.cardId).sort()).toEqual(['card0001', 'card0004']);
    expect(next.themes.find((theme) => theme.id === other.id)!.cards.map((one) => one.cardId).sort()).toEqual(['card0002', 'card0003']);
    // And all of it survives being stored and read back.
    const stored = parseDecisions(JSON.stringify(decisions))!;
    const again = assembleThemes(result([a1, b1, a2], [c1]), facts(all), stored, groups);
    expect(again.themes).toEqual(next.themes);
  });

  it('splits, merges and dismisses', () => {
    const decisions = emptyDecisions();
    const first = assembleThemes(result([a1, b1, c1], [a2]), facts(all), decisions, groups);
    const big = first.themes.find((theme) => theme.cards.length === 3)!;
    decide(decisions, first, { type: 'splitTheme', themeId: big.id, cards: [{ groupId: 'cccc', cardId: 'card0003' }] });
    const split = assembleThemes(result([a1, b1, c1], [a2]), facts(all), decisions, groups);
    expect(split.themes.map((theme) => theme.cards.length).sort()).toEqual([1, 1, 2]);
    const single = split.themes.find((theme) => theme.cards.some((one) => one.cardId === 'card0004'))!;
    decide(decisions, split, { type: 'mergeThemes', themeId: single.id, intoThemeId: big.id });
    const merged = assembleThemes(result([a1, b1, c1], [a2]), facts(all), decisions, groups);
    expect(merged.themes.find((theme) => theme.id === big.id)!.cards.map((one) => one.cardId).sort()).toEqual(['card0001', 'card0002', 'card0004']);
    decide(decisions, merged, { type: 'dismissTheme', themeId: big.id, dismissed: true });
    const dismissed = assembleThemes(result([a1, b1, c1], [a2]), facts(all), decisions, groups);
    expect(dismissed.themes.map((theme) => theme.id)).not.toContain(big.id);
    expect(dismissed.dismissed.map((theme) => theme.id)).toEqual([big.id]);
  });

  it('drops a card that no longer counts (hidden, merged, deleted) from its theme', () => {
    const decisions = emptyDecisions();
    const first = assembleThemes(result([a1, b1]), facts([a1, b1]), decisions, groups);
    const theme = first.themes[0]!;
    decide(decisions, first, { type: 'moveThemeCard', card: { groupId: 'bbbb', cardId: 'card0002' }, toThemeId: theme.id });
    const after = assembleThemes(result([a1]), facts([a1]), decisions, groups);
    expect(after.themes.find((one) => one.id === theme.id)!.cards.map((one) => one.cardId)).toEqual(['card0001']);
    expect(Object.keys(decisions.pinned)).toEqual([]);
  });

  it('refuses a decision on a theme it does not show, or across kinds', () => {
    const decisions = emptyDecisions();
    const action: EngineCard = { groupId: 'aaaa', cardId: 'card0009', kind: 'action', text: 'x' };
    const view = assembleThemes({ clusters: [{ kind: 'challenge', cards: [a1] }, { kind: 'action', cards: [action] }], duplicates: [] }, facts([a1, action]), decisions, groups);
    const actionTheme = view.themes.find((theme) => theme.kind === 'action')!;
    expect(applyThemeCommand(decisions, view, { type: 'renameTheme', themeId: 'tnosuchtheme', label: 'x' }, helpers)).toMatchObject({ reason: 'not_found' });
    expect(applyThemeCommand(decisions, view, { type: 'moveThemeCard', card: { groupId: 'aaaa', cardId: 'card0001' }, toThemeId: actionTheme.id }, helpers)).toMatchObject({ reason: 'invalid_command' });
  });
});

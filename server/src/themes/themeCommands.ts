import type { CommandReply, Theme, ThemeCommand } from '@rembuk/shared';
import type { AssembledThemes } from './assembleThemes.js';
import type { ThemeDecisions, ThemeRecord } from './themeDecisions.js';

interface Helpers {
  newThemeId(): string;
  newRecord(kind: ThemeRecord['kind']): ThemeRecord;
  liveThemeId(decisions: ThemeDecisions, themeId: string): string;
}

const NO_THEME: CommandReply = { ok: false, reason: 'not_found', message: 'No such theme.' };
const NO_CARD: CommandReply = { ok: false, reason: 'not_found', message: 'No such card in the themes.' };
const KINDS: CommandReply = { ok: false, reason: 'invalid_command', message: 'Challenges and actions stay in themes of their own kind.' };

/**
 * Apply one lead-facilitator decision to the stored decisions, checked against the themes as they are shown
 * (`view`): only a theme the lead can see can be acted on. Duplicate dismissals are handled by the service.
 */
export function applyThemeCommand(
  decisions: ThemeDecisions,
  view: Pick<AssembledThemes, 'themes' | 'dismissed'>,
  command: Exclude<ThemeCommand, { type: 'dismissDuplicate' }>,
  helpers: Helpers,
): CommandReply {
  const shown = new Map<string, Theme>([...view.themes, ...view.dismissed].map((theme) => [theme.id, theme]));
  const find = (themeId: string) => {
    const theme = shown.get(themeId);
    const record = decisions.themes[themeId];
    return theme && record ? { theme, record } : null;
  };
  const pin = (cards: readonly { groupId: string; cardId: string }[], themeId: string) => {
    for (const card of cards) decisions.pinned[`${card.groupId}/${card.cardId}`] = themeId;
  };
  switch (command.type) {
    case 'renameTheme': {
      const found = find(command.themeId);
      if (!found) return NO_THEME;
      found.record.label = command.label;
      return { ok: true };
    }
    case 'approveTheme':
    case 'dismissTheme': {
      const found = find(command.themeId);
      if (!found) return NO_THEME;
      if (command.type === 'approveTheme') found.record.approved = command.approved;
      else found.record.dismissed = command.dismissed;
      return { ok: true };
    }
    case 'moveThemeCard': {
      const target = find(command.toThemeId);
      if (!target) return NO_THEME;
      const source = [...shown.values()].find((theme) => theme.cards.some((card) => card.groupId === command.card.groupId && card.cardId === command.card.cardId));
      if (!source) return NO_CARD;
      if (source.kind !== target.theme.kind) return KINDS;
      pin([command.card], command.toThemeId);
      return { ok: true };
    }
    case 'splitTheme': {
      const found = find(command.themeId);
      if (!found) return NO_THEME;
      const inTheme = new Set(found.theme.cards.map((card) => `${card.groupId}/${card.cardId}`));
      if (!command.cards.every((card) => inTheme.has(`${card.groupId}/${card.cardId}`))) return NO_CARD;
      const themeId = helpers.newThemeId();
      decisions.themes[themeId] = helpers.newRecord(found.theme.kind);
      pin(command.cards, themeId);
      return { ok: true };
    }
    case 'mergeThemes': {
      if (command.themeId === command.intoThemeId) return { ok: false, reason: 'invalid_command', message: 'A theme cannot merge into itself.' };
      const from = find(command.themeId);
      const into = find(command.intoThemeId);
      if (!from || !into) return NO_THEME;
      if (from.theme.kind !== into.theme.kind) return KINDS;
      // Pinned, so the merged cards stay together even if the engine later sees them as two clusters again.
      pin(from.theme.cards, command.intoThemeId);
      from.record.mergedInto = helpers.liveThemeId(decisions, command.intoThemeId);
      return { ok: true };
    }
  }
}

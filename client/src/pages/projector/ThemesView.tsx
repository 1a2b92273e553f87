import { useTranslation } from 'react-i18next';
import type { GroupInfo, ThemeKind, WallTheme } from '@rembuk/shared';
import { regionColor } from './regionColors.js';
import { useFittingItems } from './useFittingItems.js';

/**
 * Card lines under a theme's name: enough to show it is several regions' words; fewer when a column has many
 * themes, so that three fit on a 16:9 screen (the server sends up to THEME_LIMITS.wallCardsPerTheme; the rest
 * are counted).
 */
const WALL_CARD_LINES = 3;
const WALL_CARD_LINES_CROWDED = 2;
const CROWDED_THEMES = 3;

interface ThemesViewProps {
  /** Only approved themes reach a wall (the server filters them, and counts only cards approved for the screen). */
  themes: readonly WallTheme[];
  groups: readonly GroupInfo[];
}

/**
 * "Tema lintas wilayah": what the whole room said, challenges beside actions. Each theme shows its name, the
 * regions it came from (coloured as in the chart), its revealed votes and its first cards; a column keeps as many
 * whole themes as fit on the screen and counts the rest.
 */
export function ThemesView({ themes, groups }: ThemesViewProps) {
  const { t } = useTranslation();
  const kinds = (['challenge', 'action'] as const).filter((kind) => themes.some((theme) => theme.kind === kind));
  if (kinds.length === 0) return <p className="wall-empty wall-empty--large" data-testid="wall-themes-empty">{t('wallThemes.empty')}</p>;
  return (
    <div className="wall-themes-view">
      <h2 className="wall-themes-title">{t('wallThemes.title')}</h2>
      <div className={`wall-themes${kinds.length === 2 ? ' wall-themes--two' : ''}`} data-testid="wall-themes">
        {kinds.map((kind) => (
        <ThemeColumn key={kind} kind={kind} themes={themes.filter((theme) => theme.kind === kind)} groups={groups} />
      ))}
      </div>
    </div>
  );
}

function ThemeColumn({ kind, themes, groups }: { kind: ThemeKind; themes: readonly WallTheme[]; groups: readonly GroupInfo[] }) {
  const { t } = useTranslation();
  const { ref, fitting } = useFittingItems<HTMLOListElement>(themes);
  const shown = Math.min(fitting, themes.length);
  const headingId = `wall-themes-${kind}`;
  return (
    <section className={`wall-theme-column wall-theme-column--${kind}`} aria-labelledby={headingId} data-testid={`wall-themes-${kind}`}>
      <h2 id={headingId} className="wall-theme-kind">
        {t(`themes.kinds.${kind}`)}
      </h2>
      <ol className="wall-theme-list" ref={ref}>
        {themes.map((theme, index) => (
          <WallThemeItem
            key={theme.id}
            theme={theme}
            groups={groups}
            cardLines={themes.length >= CROWDED_THEMES ? WALL_CARD_LINES_CROWDED : WALL_CARD_LINES}
            hidden={index >= shown}
          />
        ))}
      </ol>
      {themes.length > shown && <p className="wall-more">{t('wallThemes.moreThemes', { count: themes.length - shown })}</p>}
    </section>
  );
}

interface WallThemeItemProps {
  theme: WallTheme;
  groups: readonly GroupInfo[];
  cardLines: number;
  /** Past what fits: kept in the layout (for measuring) but invisible. */
  hidden: boolean;
}

function WallThemeItem({ theme, groups, cardLines, hidden }: WallThemeItemProps) {
  const { t } = useTranslation();
  const cards = theme.cards.slice(0, cardLines);
  const moreCards = theme.cardCount - cards.length;
  const nameOf = (groupId: string) => groups.find((group) => group.id === groupId)?.name ?? groupId;
  const colorOf = (groupId: string) => regionColor(Math.max(0, groups.findIndex((group) => group.id === groupId)));
  return (
    <li className={`wall-theme${hidden ? ' wall-overflowing' : ''}`} data-testid="wall-theme" data-theme-id={theme.id} data-fit-item="">
      <div className="wall-theme-head">
        <h3 className="wall-theme-label" data-testid="wall-theme-label">
          {theme.label}
        </h3>
        <p className="wall-theme-numbers">
          <span className="wall-theme-votes">{t('wall.votes', { count: theme.votes })}</span>
          <span>{t('themes.regions', { count: theme.regions.length })}</span>
        </p>
      </div>
      <ul className="wall-theme-regions" aria-label={t('themes.regionsLabel')}>
        {theme.regions.map((groupId) => (
          <li key={groupId} className="wall-theme-region" style={{ borderColor: colorOf(groupId) }}>
            <span className="wall-theme-swatch" style={{ background: colorOf(groupId) }} aria-hidden="true" />
            {nameOf(groupId)}
          </li>
        ))}
      </ul>
      <ul className="wall-theme-cards">
        {cards.map((card, index) => (
          <li key={`${card.groupId}.${index}`} className="wall-theme-card">
            <span className="wall-theme-card-group">{nameOf(card.groupId)}:</span> {card.text}
          </li>
        ))}
        {moreCards > 0 && <li className="wall-theme-card wall-theme-card--more">{t('wallThemes.moreCards', { count: moreCards })}</li>}
      </ul>
    </li>
  );
}

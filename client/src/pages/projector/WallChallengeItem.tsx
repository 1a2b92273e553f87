import { useTranslation } from 'react-i18next';
import type { WallChallenge } from '@rembuk/shared';
import { FIT_ITEM } from './useFittingItems.js';

interface WallChallengeItemProps {
  card: WallChallenge;
  /** How many of its actions fit under it here. */
  actionsShown: number;
  className?: string | undefined;
  /** Counted by the tile's useFittingItems. */
  fitItem?: boolean;
}

/** One challenge on the wall: its text, votes (once revealed) and agreement, and the actions that answer it. */
export function WallChallengeItem({ card, actionsShown, className, fitItem = false }: WallChallengeItemProps) {
  const { t } = useTranslation();
  const actions = card.actions.slice(0, actionsShown);
  return (
    <li className={`wall-challenge${className ? ` ${className}` : ''}`} data-testid="wall-challenge" {...(fitItem ? FIT_ITEM : {})}>
      <div className="wall-challenge-line">
        <span className="wall-challenge-text">{card.text}</span>
        {card.votes !== null && card.votes > 0 && (
          <span className="wall-badge wall-badge--votes" data-testid="wall-votes">
            {t('wall.votes', { count: card.votes })}
          </span>
        )}
        {card.agreed && <span className="wall-badge wall-badge--agreed">✓ {t('wall.agreed')}</span>}
      </div>
      {actions.length > 0 && (
        <ul className="wall-actions">
          {actions.map((action) => (
            <li key={action.id} className="wall-action" data-testid="wall-action">
              {action.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

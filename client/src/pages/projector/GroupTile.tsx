import { useTranslation } from 'react-i18next';
import type { GroupSession, WallGroup } from '@rembuk/shared';
import { GroupHeading } from './GroupHeading.js';
import { useFittingItems } from './useFittingItems.js';
import { WallChallengeItem } from './WallChallengeItem.js';

/**
 * Actions that answer no challenge yet get their own lines under the challenges, outside what is fitted: they are
 * often a group's newest ideas, and would otherwise only show once every challenge fits.
 */
const TILE_OTHER_ACTIONS = 2;

interface GroupTileProps {
  name: string;
  group: WallGroup | null;
  session: GroupSession | null;
  serverNow: () => number;
  showTimer: boolean;
  /** False when tiles are too small for anything but the heading (many groups). */
  listsCards: boolean;
}

/**
 * One group in the overview: its top challenges, each with the first action that answers it, as many as the tile
 * has room for (the rest counted below), and the actions that answer no challenge yet.
 */
export function GroupTile({ name, group, session, serverNow, showTimer, listsCards }: GroupTileProps) {
  const { t } = useTranslation();
  const { ref, fitting } = useFittingItems<HTMLDivElement>(group);
  const challenges = listsCards ? (group?.challenges ?? []) : [];
  const otherActions = listsCards ? (group?.otherActions ?? []) : [];
  const shownChallenges = Math.min(fitting, challenges.length);
  const more = (group?.challengeCount ?? 0) - shownChallenges;
  const overflowing = (shown: boolean) => (shown ? undefined : 'wall-overflowing');
  return (
    <section className="wall-tile" data-testid="wall-group" data-group-id={group?.groupId}>
      <GroupHeading name={name} group={group} session={session} serverNow={serverNow} showTimer={showTimer} level="h2" />
      {listsCards && (
        <div className="wall-tile-body" ref={ref}>
          {challenges.length === 0 && <p className="wall-empty">{t('wall.noChallenges')}</p>}
          {challenges.length > 0 && (
            <ol className="wall-challenges">
              {challenges.map((card, index) => (
                <WallChallengeItem key={card.id} card={card} actionsShown={1} className={overflowing(index < shownChallenges)} fitItem />
              ))}
            </ol>
          )}
        </div>
      )}
      {otherActions.length > 0 && (
        <section className="wall-other-actions" data-testid="wall-other-actions">
          <h3>{t('wall.otherActions')}</h3>
          <ul className="wall-actions">
            {otherActions.slice(0, TILE_OTHER_ACTIONS).map((action) => (
              <li key={action.id} className="wall-action" data-testid="wall-action">
                {action.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {listsCards && more > 0 && <p className="wall-more">{t('wall.more', { count: more })}</p>}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { WALL_LIMITS, type GroupSession, type WallGroup } from '@rembuk/shared';
import { GroupHeading } from './GroupHeading.js';
import { WallChallengeItem } from './WallChallengeItem.js';

/** What fits on a full screen at the wall's type size, which is also all the server sends of a group. */
const SPOTLIGHT_CHALLENGES = WALL_LIMITS.challenges;
const SPOTLIGHT_ACTIONS = WALL_LIMITS.actionsPerChallenge;
/** Up to this many challenges get larger type: a group that has just started fills the screen all the same. */
const FEW_CHALLENGES = 2;
const OTHER_ACTIONS = WALL_LIMITS.otherActions;

interface GroupSpotlightProps {
  name: string;
  group: WallGroup | null;
  session: GroupSession | null;
  serverNow: () => number;
  showTimer: boolean;
}

/** One group full screen (the cycle and single-group modes). */
export function GroupSpotlight({ name, group, session, serverNow, showTimer }: GroupSpotlightProps) {
  const { t } = useTranslation();
  const challenges = group?.challenges.slice(0, SPOTLIGHT_CHALLENGES) ?? [];
  const more = (group?.challengeCount ?? 0) - challenges.length;
  // Actions that answer no challenge yet, where the challenges leave room for them.
  const otherActions = challenges.length <= FEW_CHALLENGES * 2 ? (group?.otherActions.slice(0, OTHER_ACTIONS) ?? []) : [];
  return (
    <section className="wall-spotlight" data-testid="wall-spotlight" data-group-id={group?.groupId}>
      <GroupHeading name={name} group={group} session={session} serverNow={serverNow} showTimer={showTimer} level="h1" />
      {challenges.length === 0 && <p className="wall-empty">{t('wall.noChallenges')}</p>}
      <ol className={`wall-challenges wall-challenges--spotlight${challenges.length <= FEW_CHALLENGES ? ' wall-challenges--few' : ''}`}>
        {challenges.map((card) => (
          <WallChallengeItem key={card.id} card={card} actionsShown={SPOTLIGHT_ACTIONS} />
        ))}
      </ol>
      {more > 0 && <p className="wall-more">{t('wall.more', { count: more })}</p>}
      {otherActions.length > 0 && (
        <section className="wall-other-actions" data-testid="wall-other-actions">
          <h2>{t('wall.otherActions')}</h2>
          <ul className="wall-actions">
            {otherActions.map((action) => (
              <li key={action.id} className="wall-action">
                {action.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

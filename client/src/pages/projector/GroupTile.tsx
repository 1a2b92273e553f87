import { useTranslation } from 'react-i18next';
import type { GroupSession, WallGroup } from '@rembuk/shared';
import { GroupHeading } from './GroupHeading.js';
import { WallChallengeItem } from './WallChallengeItem.js';

interface GroupTileProps {
  name: string;
  group: WallGroup | null;
  session: GroupSession | null;
  serverNow: () => number;
  showTimer: boolean;
  challengesShown: number;
}

/** One group in the overview: its top challenges, each with the first action that answers it. */
export function GroupTile({ name, group, session, serverNow, showTimer, challengesShown }: GroupTileProps) {
  const { t } = useTranslation();
  const challenges = group?.challenges.slice(0, challengesShown) ?? [];
  const more = (group?.challengeCount ?? 0) - challenges.length;
  return (
    <section className="wall-tile" data-testid="wall-group" data-group-id={group?.groupId}>
      <GroupHeading name={name} group={group} session={session} serverNow={serverNow} showTimer={showTimer} level="h2" />
      {challengesShown > 0 && challenges.length === 0 && <p className="wall-empty">{t('wall.noChallenges')}</p>}
      {challenges.length > 0 && (
        <ol className="wall-challenges">
          {challenges.map((card) => (
            <WallChallengeItem key={card.id} card={card} actionsShown={1} />
          ))}
        </ol>
      )}
      {challengesShown > 0 && more > 0 && <p className="wall-more">{t('wall.more', { count: more })}</p>}
    </section>
  );
}

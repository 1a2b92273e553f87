import { useTranslation } from 'react-i18next';
import type { GroupSession, WallGroup } from '@rembuk/shared';
import { Countdown } from '../../components/Countdown.js';

interface GroupHeadingProps {
  name: string;
  group: WallGroup | null;
  session: GroupSession | null;
  serverNow: () => number;
  level: 'h2' | 'h1';
  /** False when the wall shows one countdown for every group in its header. */
  showTimer: boolean;
}

/** A group's name, its phase and countdown, and its card counts: the same on a tile and full screen. */
export function GroupHeading({ name, group, session, serverNow, level: Heading, showTimer }: GroupHeadingProps) {
  const { t } = useTranslation();
  return (
    <header className="wall-group-head">
      <Heading className="wall-group-name">{name}</Heading>
      <p className="wall-counts" data-testid="wall-counts">
        <span className="wall-count wall-count--challenge">{t('wall.challenges', { count: group?.challengeCount ?? 0 })}</span>
        <span className="wall-count wall-count--action">{t('wall.actions', { count: group?.actionCount ?? 0 })}</span>
      </p>
      <p className="wall-group-status">
        {session && <span className={`wall-phase wall-phase--${session.phase}`}>{t(`session.phase.${session.phase}`)}</span>}
        {session && showTimer && <Countdown timer={session.timer} serverNow={serverNow} compact />}
      </p>
    </header>
  );
}

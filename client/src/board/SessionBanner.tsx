import { useTranslation } from 'react-i18next';
import type { BroadcastMessage, GroupSession, VoteView } from '@rembuk/shared';
import { Countdown } from '../components/Countdown.js';
import type { BoardAbilities } from '../session/boardAbilities.js';
import { dotsLeft } from './VoteControls.js';

interface SessionBannerProps {
  session: GroupSession | null;
  message: BroadcastMessage | null;
  serverNow: () => number;
  abilities: BoardAbilities;
  votes: VoteView | null;
}

/** Where the session stands for this group: phase, countdown, lock, what a participant may do now, the message. */
export function SessionBanner({ session, message, serverNow, abilities, votes }: SessionBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="session-banner" data-testid="session-banner">
      {message && (
        <p className="broadcast" role="status" data-testid="broadcast-message">
          <strong>{t('session.messageFrom')}</strong> {message.text}
        </p>
      )}
      {session && (
        <div className="session-line">
          <span className={`phase-chip phase-chip--${session.phase}`} data-testid="session-phase" data-phase={session.phase}>
            {t(`session.phase.${session.phase}`)}
          </span>
          {/* A closed board has no clock to work against, whatever countdown a stored session still carries. */}
          {session.phase !== 'closed' && <Countdown timer={session.timer} serverNow={serverNow} />}
          {session.locked && (
            <span className="lock-chip" data-testid="session-locked">
              {t('session.locked')}
            </span>
          )}
        </div>
      )}
      {abilities.readOnlyBecause && !abilities.vote && (
        <p className="session-hint" data-testid="read-only-hint">
          {abilities.readOnlyBecause === 'locked'
            ? t('session.readOnly.locked')
            : session?.phase === 'vote'
              ? t('session.readOnly.vote')
              : t('session.readOnly.closed')}
        </p>
      )}
      {abilities.vote && votes && (
        <p className="session-hint" data-testid="votes-left" data-left={dotsLeft(votes)}>
          {t('vote.left', { count: dotsLeft(votes), total: votes.budget.perParticipant })}{' '}
          {t('vote.perCard', { perCard: votes.budget.perCard })}{' '}
          <span className="muted">{votes.totals ? t('vote.revealed') : t('vote.hiddenUntilRevealed')}</span>
        </p>
      )}
    </div>
  );
}

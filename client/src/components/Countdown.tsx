import { useTranslation } from 'react-i18next';
import { timerRemainingMs, type TimerState } from '@rembuk/shared';
import { useTicking } from '../hooks/useSession.js';
import { countdownText } from '../session/countdownText.js';

interface CountdownProps {
  timer: TimerState;
  /** The server's clock as this device estimates it: the deadline is the server's, never a local count. */
  serverNow: () => number;
  testId?: string;
  /** For a table cell: a short "then lock" instead of the sentence. */
  compact?: boolean;
}

/** A server-authoritative countdown: "⏱ 4:05", "⏸ 4:05 (dijeda)", "Waktu habis"; nothing when idle. */
export function Countdown(props: CountdownProps) {
  // A new countdown mounts afresh: its first frame reads the clock now, not when the board (and this slot) opened,
  // which showed a 3:00 countdown as "3:22" for a moment.
  return <CountdownText key={timerKey(props.timer)} {...props} />;
}

function timerKey(timer: TimerState): string {
  switch (timer.kind) {
    case 'idle':
      return 'idle';
    case 'running':
      return `running:${timer.deadline}`;
    case 'paused':
      return `paused:${timer.remainingMs}`;
    case 'expired':
      return `expired:${timer.at}`;
  }
}

function CountdownText({ timer, serverNow, testId = 'countdown', compact = false }: CountdownProps) {
  const { t } = useTranslation();
  const now = useTicking(serverNow, timer.kind === 'running');
  if (timer.kind === 'idle') return null;
  const remaining = countdownText(timerRemainingMs(timer, now));
  const text =
    timer.kind === 'running'
      ? t('session.timer.running', { time: remaining })
      : timer.kind === 'paused'
        ? t('session.timer.paused', { time: remaining })
        : t('session.timer.expired');
  // Only a lock changes what people can do at zero, so only a lock is announced ahead.
  const onZero = timer.kind === 'expired' || timer.onZero !== 'lock' ? null : compact ? t('session.timer.thenLock') : t('session.timer.onZero.lock');
  return (
    <span className={`countdown countdown--${timer.kind}`} data-testid={testId} data-kind={timer.kind} role="timer">
      <span className="countdown-time">{text}</span>
      {onZero && <span className="countdown-note"> · {onZero}</span>}
    </span>
  );
}

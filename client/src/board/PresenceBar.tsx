import { useTranslation } from 'react-i18next';
import type { BoardConnection } from '../connection/BoardConnection.js';
import { usePresence } from '../hooks/useBoardState.js';

/** Who is on this board now: a count of devices and the pseudonyms that were given (never real names). */
export function PresenceBar({ connection }: { connection: BoardConnection }) {
  const { t } = useTranslation();
  const presence = usePresence(connection);
  // The first count comes a moment after joining; until then the line stays empty (its height kept), rather than
  // telling someone who just joined that nobody knows who is here.
  if (!presence) return <p className="presence presence--pending" data-testid="presence" aria-hidden="true" />;
  const anonymous = presence.count - presence.pseudonyms.length;
  return (
    <div className="presence" data-testid="presence">
      <span className="presence-count" data-testid="presence-count" data-count={presence.count}>
        {t('presence.online', { count: presence.count })}
      </span>
      {presence.pseudonyms.length > 0 && (
        <ul className="presence-names" aria-label={t('presence.namesLabel')}>
          {presence.pseudonyms.map((name, index) => (
            <li key={`${name}-${index}`} className="chip">
              {name}
            </li>
          ))}
          {anonymous > 0 && <li className="chip chip--muted">{t('presence.anonymous', { count: anonymous })}</li>}
        </ul>
      )}
    </div>
  );
}

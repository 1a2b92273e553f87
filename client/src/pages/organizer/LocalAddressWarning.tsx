import { useTranslation } from 'react-i18next';
import { isLoopbackHost, type ServerAddress } from '@rembuk/shared';

interface LocalAddressWarningProps {
  server: ServerAddress | null;
  /** The origin the page's links use (see publicOrigin). */
  linkOrigin: string;
  /** This organizer page's path with its key, to reopen it at an address phones reach (the key lives per origin). */
  organizerPath: string;
}

/**
 * Said on an organizer page opened through localhost: it works on the laptop, and an organizer who never sees a
 * phone try it would print tents no phone can open. The links on the page already use the public address; this
 * says why, and offers the page itself at the addresses phones reach.
 */
export function LocalAddressWarning({ server, linkOrigin, organizerPath }: LocalAddressWarningProps) {
  const { t } = useTranslation();
  if (!isLoopbackHost(location.hostname)) return null;
  const reachable = [...new Set([...(server?.publicUrlConfigured && server.publicUrl ? [server.publicUrl] : []), ...(server?.lanUrls ?? [])])];
  const hasPublic = !isLoopbackHost(new URL(linkOrigin).hostname);
  return (
    <section className="panel panel--warning local-address" role="alert" data-testid="local-address-warning" aria-labelledby="local-address-title">
      <h2 id="local-address-title">{t('publicAddress.localTitle')}</h2>
      <p>
        {hasPublic
          ? t('publicAddress.localText', { address: location.origin, publicUrl: linkOrigin })
          : t('publicAddress.noLan', { address: location.origin })}
      </p>
      {reachable.length > 0 && (
        <>
          <p>{t('publicAddress.openAt')}</p>
          <ul className="local-address-links">
            {reachable.map((origin) => (
              <li key={origin}>
                {/* The address alone is shown; the key rides in the link, not on a screen someone may be projecting. */}
                <a href={`${origin}${organizerPath}`} data-testid="local-address-link" data-origin={origin}>
                  {origin}
                </a>
              </li>
            ))}
          </ul>
          <p className="muted">{t('publicAddress.keyNote')}</p>
        </>
      )}
    </section>
  );
}

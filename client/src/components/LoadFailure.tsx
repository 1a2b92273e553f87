import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/restClient.js';
import { paths } from '../routing/routes.js';
import { Link } from './Link.js';

/** Why something could not be loaded, in words a participant can act on. */
export function LoadFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="failure" role="alert" data-testid="load-failure">
      <p>{errorText(error, t)}</p>
      <Link href={paths.home()}>{t('common.toHome')}</Link>
    </div>
  );
}

export function errorText(error: unknown, t: ReturnType<typeof useTranslation>['t']): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.reason) {
    case 'not_found':
      return t('errors.notFound');
    case 'unauthorized':
    case 'forbidden':
      return t('errors.keyRefused');
    case 'network':
      return t('errors.network');
    case 'rate_limited':
      return t('errors.rateLimited');
    case 'invalid_body':
    case 'invalid_query':
    case 'payload_too_large':
    case 'internal':
      return t('errors.server');
  }
}

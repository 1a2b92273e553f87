import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessKeyInfo, CreateAccessKeyReply, OrganizerEvent } from '@rembuk/shared';
import { createAccessKey, listAccessKeys, revokeAccessKey, type NewAccessKey } from '../../api/restClient.js';
import { errorText } from '../../components/LoadFailure.js';
import { useLoad } from '../../hooks/useLoad.js';
import { paths } from '../../routing/routes.js';
import { AccessKeyList } from './AccessKeyList.js';
import { FreshLinkList } from './FreshLinkList.js';
import { storeFreshLinks, storedFreshLinks, type FreshLink } from '../../storage/freshLinks.js';
import { NewFacilitatorForm } from './NewFacilitatorForm.js';

/**
 * Facilitator and projector links: create, list, revoke. Each link carries its own key, and is made of the public
 * `origin`: a facilitator opens it on a phone.
 */
export function AccessKeysPanel({ event, organizerKey, origin }: { event: OrganizerEvent; organizerKey: string; origin: string }) {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(() => listAccessKeys(event.id, organizerKey), [event.id, organizerKey, reload]);
  const [fresh, setFreshState] = useState<readonly FreshLink[]>(() => storedFreshLinks(event.id));
  const setFresh = (update: (links: readonly FreshLink[]) => readonly FreshLink[]) =>
    setFreshState((links) => {
      const next = update(links);
      storeFreshLinks(event.id, next);
      return next;
    });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const linkFor = (reply: CreateAccessKeyReply): string =>
    `${origin}${
      reply.key.role === 'facilitator'
        ? paths.facilitatorWithKey(event.id, reply.secret, event.joinCode)
        : paths.projectorWithKey(event.id, reply.secret, event.joinCode)
    }`;

  const create = async (body: NewAccessKey): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      const reply = await createAccessKey(event.id, organizerKey, body);
      const link: FreshLink = { keyId: reply.key.id, role: reply.key.role, label: reply.key.label ?? '', url: linkFor(reply) };
      setFresh((links) => [link, ...links]);
      setReload((count) => count + 1);
      return true;
    } catch (error) {
      setProblem(errorText(error, t));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (key: AccessKeyInfo) => {
    setProblem(null);
    try {
      await revokeAccessKey(event.id, organizerKey, key.id);
      setFresh((links) => links.filter((link) => link.keyId !== key.id));
      setReload((count) => count + 1);
    } catch (error) {
      setProblem(errorText(error, t));
    }
  };

  return (
    <section className="panel" aria-labelledby="keys-title" data-testid="access-keys">
      <h2 id="keys-title">{t('access.title')}</h2>
      <p>{t('access.text')}</p>
      <div className="access-create">
        <NewFacilitatorForm groups={event.groups} busy={busy} onCreate={create} />
        <div className="access-projector">
          <h3>{t('access.projectorTitle')}</h3>
          <p className="muted">{t('access.projectorText')}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="create-projector-link"
            onClick={() => void create({ role: 'projector', label: t('access.projectorLabel') })}
          >
            {t('access.createProjector')}
          </button>
        </div>
      </div>
      <FreshLinkList links={fresh} onDismiss={(keyId) => setFresh((links) => links.filter((link) => link.keyId !== keyId))} />
      {problem && <p className="error" role="alert">{problem}</p>}
      {loaded.status === 'failed' && <p className="error" role="alert">{errorText(loaded.error, t)}</p>}
      {loaded.status === 'ready' && <AccessKeyList keys={loaded.value} event={event} onRevoke={(key) => void revoke(key)} />}
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Card, type FacilitatorCommand } from '@rembuk/shared';
import { useCommand } from '../hooks/useCommand.js';
import { useBoardSession } from './BoardSessionContext.js';

interface ModerationMenuProps {
  card: Card;
  /** Other cards of the same column this one may be merged into, with their labels (T2…). */
  mergeTargets: readonly { id: string; label: string }[];
}

type ModerateAction = Extract<FacilitatorCommand, { type: 'moderate' }>['action'];

/** Facilitators' menu on a card: every moderation step is a button or a select (no drag), each undoable. */
export function ModerationMenu({ card, mergeTargets }: ModerationMenuProps) {
  const { t } = useTranslation();
  const { groupId, command } = useBoardSession();
  const { run, busy, error } = useCommand();
  const [redacting, setRedacting] = useState(false);
  const [mergeInto, setMergeInto] = useState('');
  const mergeId = useId();

  const moderate = (action: ModerateAction) => void run(() => command({ type: 'moderate', groupId, cardId: card.id, action }));
  const flags: { action: ModerateAction; label: string }[] = [
    card.status === 'hidden' ? { action: 'unhide', label: t('moderation.unhide') } : { action: 'hide', label: t('moderation.hide') },
    card.status === 'agreed' ? { action: 'unagree', label: t('moderation.unagree') } : { action: 'agree', label: t('moderation.agree') },
    card.notForScreen
      ? { action: 'forScreen', label: t('moderation.forScreen') }
      : { action: 'notForScreen', label: t('moderation.notForScreen') },
  ];

  return (
    <div className="card-panel moderation" data-testid="moderation-menu">
      <div className="button-row">
        {flags.map(({ action, label }) => (
          <button
            key={action}
            type="button"
            className="button button--small"
            disabled={busy}
            data-testid={`moderate-${action}`}
            onClick={() => moderate(action)}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          className="button button--small"
          aria-expanded={redacting}
          data-testid="moderate-redact"
          onClick={() => setRedacting((open) => !open)}
        >
          {t('moderation.redact')}
        </button>
      </div>
      {redacting && (
        <RedactForm
          initialText={card.text}
          busy={busy}
          onSubmit={async (text) => {
            if (await run(() => command({ type: 'redact', groupId, cardId: card.id, text }))) setRedacting(false);
          }}
          onCancel={() => setRedacting(false)}
        />
      )}
      {mergeTargets.length > 0 && card.status !== 'merged' && (
        <div className="merge-row">
          <label htmlFor={mergeId}>{t('moderation.mergeLabel')}</label>
          <div className="copy-row">
            <select id={mergeId} value={mergeInto} data-testid="merge-target" onChange={(event) => setMergeInto(event.target.value)}>
              <option value="">{t('moderation.mergeChoose')}</option>
              {mergeTargets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={busy || mergeInto === ''}
              data-testid="merge-submit"
              onClick={() => void run(() => command({ type: 'merge', groupId, cardId: card.id, intoCardId: mergeInto }))}
            >
              {t('moderation.merge')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="error" role="alert" data-testid="moderation-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface RedactFormProps {
  initialText: string;
  busy: boolean;
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** Replace a card's text, e.g. to take out a name; the original is gone from the server's disk after this. */
function RedactForm({ initialText, busy, onSubmit, onCancel }: RedactFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initialText);
  return (
    <div className="field redact-form">
      <label htmlFor={id}>{t('moderation.redactLabel')}</label>
      <p className="field-hint">{t('moderation.redactHint')}</p>
      <textarea
        id={id}
        rows={3}
        value={text}
        maxLength={LIMITS.maxCardTextLength}
        data-testid="redact-text"
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <button type="button" className="button button--primary button--small" disabled={busy} data-testid="redact-submit" onClick={() => void onSubmit(text)}>
          {t('moderation.redactSave')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

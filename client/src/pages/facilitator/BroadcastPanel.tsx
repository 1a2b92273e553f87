import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type BroadcastMessage } from '@rembuk/shared';
import type { DashboardConnection } from '../../connection/DashboardConnection.js';
import { useCommand } from '../../hooks/useCommand.js';

/** A short message on every group's screen ("5 menit lagi"), and the way to take it down. */
export function BroadcastPanel({ connection, message }: { connection: DashboardConnection; message: BroadcastMessage | null }) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const [text, setText] = useState('');
  const id = useId();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await run(() => connection.command({ type: 'broadcast', text: text.trim() }))) setText('');
  };
  return (
    <section className="panel" aria-labelledby="broadcast-title">
      <h2 id="broadcast-title">{t('dashboard.broadcastTitle')}</h2>
      <form onSubmit={(event) => void send(event)}>
        <label htmlFor={id} className="visually-hidden">{t('dashboard.broadcastLabel')}</label>
        <div className="copy-row">
          <input
            id={id}
            type="text"
            maxLength={LIMITS.maxBroadcastLength}
            placeholder={t('dashboard.broadcastPlaceholder')}
            value={text}
            data-testid="broadcast-input"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={busy || text.trim() === ''} data-testid="broadcast-send">
            {t('dashboard.broadcastSend')}
          </button>
        </div>
      </form>
      {message ? (
        <div className="current-message">
          <p data-testid="broadcast-current">
            <strong>{t('dashboard.broadcastNow')}</strong> {message.text}
          </p>
          <button type="button" className="button button--small button--quiet" disabled={busy} data-testid="broadcast-clear" onClick={() => void run(() => connection.command({ type: 'clearBroadcast' }))}>
            {t('dashboard.broadcastClear')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('dashboard.broadcastNone')}</p>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}

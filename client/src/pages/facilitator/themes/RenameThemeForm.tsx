import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_LIMITS } from '@rembuk/shared';
import { themeLabelInput } from './themeLabel.js';

interface RenameThemeFormProps {
  label: string;
  busy: boolean;
  /** Resolves true once the server took the name. */
  onSave: (label: string | null) => Promise<boolean>;
  onClose: () => void;
}

/** Inline rename: the name's field takes the focus, Escape or Cancel leaves it, the length is checked as one types. */
export function RenameThemeForm({ label, busy, onSave, onClose }: RenameThemeFormProps) {
  const { t } = useTranslation();
  const ids = { input: useId(), hint: useId(), problem: useId() };
  const [typed, setTyped] = useState(label);
  const input = themeLabelInput(typed);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (input.ok && (await onSave(input.label))) onClose();
  };
  return (
    <form className="theme-rename" onSubmit={(event) => void submit(event)} data-testid="theme-rename-form">
      <label htmlFor={ids.input}>{t('themes.renameLabel')}</label>
      <input
        id={ids.input}
        type="text"
        value={typed}
        autoFocus
        aria-invalid={!input.ok}
        aria-describedby={input.ok ? ids.hint : `${ids.hint} ${ids.problem}`}
        data-testid="theme-rename-input"
        onChange={(change) => setTyped(change.target.value)}
        onKeyDown={(key) => {
          if (key.key === 'Escape') onClose();
        }}
      />
      <p id={ids.hint} className="field-hint">
        {t('themes.renameHint', { max: THEME_LIMITS.maxLabelLength })}
      </p>
      {!input.ok && (
        <p id={ids.problem} className="error" data-testid="theme-rename-problem">
          {t('themes.renameTooLong', { max: THEME_LIMITS.maxLabelLength, length: input.length })}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={busy || !input.ok} data-testid="theme-rename-save">
          {t('themes.renameSave')}
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '@rembuk/shared';

interface ThemeTargetPickerProps {
  /** Themes to choose from (never the one acted on). */
  themes: readonly Theme[];
  label: string;
  /** The label is read by screen readers only (a card's row has no room for it). */
  hideLabel?: boolean;
  className?: string;
  busy: boolean;
  actionLabel: string;
  /** Test ids of the select and the button. */
  testIds: { select: string; button: string };
  onChoose: (themeId: string) => void;
}

/** Choose another theme, then act on it: moving a card there, or merging a theme into it. */
export function ThemeTargetPicker({ themes, label, hideLabel, className, busy, actionLabel, testIds, onChoose }: ThemeTargetPickerProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const selectId = useId();
  return (
    <div className={className ? `copy-row ${className}` : 'copy-row'}>
      <label htmlFor={selectId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={selectId} value={target} data-testid={testIds.select} onChange={(change) => setTarget(change.target.value)}>
        <option value="">{t('themes.moveChoose')}</option>
        {themes.map((other) => (
          <option key={other.id} value={other.id}>
            {other.label}
          </option>
        ))}
      </select>
      <button type="button" className="button button--small" disabled={busy || target === ''} data-testid={testIds.button} onClick={() => onChoose(target)}>
        {actionLabel}
      </button>
    </div>
  );
}

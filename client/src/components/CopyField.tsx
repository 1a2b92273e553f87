import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long "Copied" stays next to the button. */
const COPIED_NOTICE_MS = 2_000;

interface CopyFieldProps {
  label: string;
  value: string;
  testId: string;
}

/**
 * A read-only value with a copy button. The Clipboard API exists only on secure pages, and venue servers are
 * often reached over plain http by IP, so the fallback selects the text and uses the legacy copy command.
 */
export function CopyField({ label, value, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(false), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    input.current?.select();
    try {
      if (navigator.clipboard && window.isSecureContext) await navigator.clipboard.writeText(value);
      else if (!document.execCommand('copy')) return;
      setCopied(true);
    } catch {
      // The text stays selected, so a long-press copy still works.
    }
  };

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" data-testid={`${testId}-copy`} onClick={() => void copy()}>
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
    </div>
  );
}

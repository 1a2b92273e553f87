import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutcome } from '../connection/commandChannel.js';
import { commandFailureText } from '../session/commandFailureText.js';

export interface CommandRunner {
  /** Send one command; resolves true when the server accepted it. */
  run: (send: () => Promise<CommandOutcome>) => Promise<boolean>;
  busy: boolean;
  /** The last refusal, in words; cleared by the next command. */
  error: string | null;
}

/** Runs commands one at a time for one control, with the server's acknowledgement turned into an error line. */
export function useCommand(): CommandRunner {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (send: () => Promise<CommandOutcome>) => {
      setBusy(true);
      setError(null);
      const outcome = await send();
      if (!mounted.current) return outcome.ok;
      setBusy(false);
      if (!outcome.ok) setError(commandFailureText(outcome, t));
      return outcome.ok;
    },
    [t],
  );
  return { run, busy, error };
}

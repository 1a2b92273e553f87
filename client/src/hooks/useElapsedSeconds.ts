import { useEffect, useState } from 'react';

/** Often enough that the shown second changes close to when it should, rarely enough to cost nothing. */
const TICK_MS = 250;

/** Whole seconds since `startedAt` (a `Date.now()` value), ticking while it is set; 0 when it is null. */
export function useElapsedSeconds(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}

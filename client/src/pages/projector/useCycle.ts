import { useEffect, useState } from 'react';

/** How long each group stays on screen in the cycle mode: long enough to read three challenges aloud. */
const CYCLE_INTERVAL_MS = 15_000;

/** An index that moves on through `count` items every few seconds, starting over after the last. */
export function useCycle(count: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (count <= 1) return undefined;
    const timer = setInterval(() => setIndex((current) => (current + 1) % count), CYCLE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [count]);
  // Groups never shrink during an event, but a wall that has not loaded yet has none.
  return count === 0 ? 0 : index % count;
}

import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Marks an element whose place useFittingItems measures. */
export const FIT_ITEM = { 'data-fit-item': '' } as const;

/**
 * How many of a container's `[data-fit-item]` descendants (in document order) fit in it entirely, measured before
 * paint and again whenever the container changes size or `content` changes. Items past the first that does not
 * fit are to be kept in the layout but made invisible (`visibility: hidden`): the measurement then never depends
 * on its own result, so a tile cannot flicker between two counts.
 */
export function useFittingItems<T extends HTMLElement>(content: unknown): { ref: RefObject<T | null>; fitting: number } {
  const ref = useRef<T>(null);
  const [fitting, setFitting] = useState(Number.POSITIVE_INFINITY);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    const measure = () => {
      const limit = container.getBoundingClientRect().bottom + 0.5;
      let count = 0;
      for (const item of container.querySelectorAll('[data-fit-item]')) {
        if (item.getBoundingClientRect().bottom > limit) break;
        count += 1;
      }
      // The top challenge shows even in a tile too small for it (cut at the tile's edge): a tile is never blank.
      setFitting(Math.max(1, count));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [content]);
  return { ref, fitting };
}

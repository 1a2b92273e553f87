/**
 * Injected into every document of the page before its own scripts (Playwright `addInitScript`). It notes, in
 * `performance.now()` of that document (milliseconds since its navigation started), the first moment each page
 * is *usable*:
 *
 * - join page: the event's title is visible and its primary control is visible and enabled — the "I understand"
 *   button of the information screen on a first visit (`join-info-continue`), or the join button once that was
 *   read (`join-submit`);
 * - board: at least `expectedCards` card text areas are visible, none disabled or read-only, and the add-card
 *   control (`add-challenge`) is visible and enabled.
 *
 * It checks on every DOM mutation (before the frame that paints it) and on every animation frame (a style sheet
 * arriving can make an element visible without a mutation). Written as plain browser JavaScript in a string: the
 * bench compiles for Node without DOM types, and this text is what the page runs.
 */
export function usabilityProbe(expectedCards: number): string {
  return `(() => {
  const expectedCards = ${JSON.stringify(expectedCards)};
  const marks = {};
  window.__rembukUsable = marks;
  const visible = (el) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const enabled = (el) => visible(el) && !el.disabled && !el.readOnly;
  const check = () => {
    const now = performance.now();
    if (marks.join === undefined) {
      const title = document.querySelector('[data-testid="join-event-title"]');
      const control = document.querySelector('[data-testid="join-info-continue"], [data-testid="join-submit"]');
      if (visible(title) && enabled(control)) marks.join = now;
    }
    if (marks.board === undefined) {
      const cards = Array.from(document.querySelectorAll('[data-testid="card-text"]'));
      const add = document.querySelector('[data-testid="add-challenge"]');
      if (cards.length >= expectedCards && cards.every(enabled) && enabled(add)) marks.board = now;
    }
    return marks.join !== undefined && marks.board !== undefined;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;
}

export type UsableMark = 'join' | 'board';

/** What the probe leaves on the page's global object. */
interface ProbedGlobal {
  __rembukUsable?: Partial<Record<UsableMark, number>>;
}

/**
 * Runs in the page (Playwright serializes it; the app's CSP forbids string evaluation there): the mark, a number
 * once the page was usable, else null.
 */
export function readMark(mark: UsableMark): number | null {
  return (globalThis as unknown as ProbedGlobal).__rembukUsable?.[mark] ?? null;
}

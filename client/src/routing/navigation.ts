/** Tiny client-side navigation: pushState plus one event every route listener hears (popstate covers back/forward). */
const NAVIGATED = 'rembuk:navigated';

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  if (!options.replace) window.scrollTo(0, 0);
}

export function subscribeToLocation(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATED, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATED, callback);
  };
}

export function currentLocationKey(): string {
  return `${location.pathname}${location.hash}`;
}

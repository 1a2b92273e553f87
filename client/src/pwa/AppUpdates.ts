import { Workbox } from 'workbox-window';
import { Listeners } from '../connection/Listeners.js';

/** How often a phone that keeps the app open asks for a new service worker (a few hundred bytes each time). */
const UPDATE_CHECK_EVERY_MS = 15 * 60 * 1000;

/** `waiting`: a new version is installed (its whole shell precached) and takes over when applied. */
export type UpdateState = 'current' | 'waiting';

/**
 * The service worker that keeps the app shell on the phone, and its updates. A new version never takes over by
 * itself (`registerType: 'prompt'`): the running page keeps its own version, complete, from the old worker's
 * precache, so nothing breaks mid-session. It is applied when the participant taps "reload", or on a move to
 * another page (see `applyOnNavigation`), never under someone's fingers.
 *
 * ```ts
 * const updates = new AppUpdates('/sw.js');
 * updates.start();
 * updates.subscribe(() => updates.getState() === 'waiting' && showBanner());
 * ```
 */
export class AppUpdates {
  private readonly listeners = new Listeners();
  private workbox: Workbox | null = null;
  private state: UpdateState = 'current';
  private lastCheckAt = Date.now();

  constructor(private readonly scriptUrl: string) {}

  readonly subscribe = this.listeners.subscribe;
  readonly getState = (): UpdateState => this.state;

  start(): void {
    if (!('serviceWorker' in navigator)) return;
    const workbox = new Workbox(this.scriptUrl, { scope: '/' });
    workbox.addEventListener('waiting', () => {
      this.state = 'waiting';
      this.listeners.notify();
    });
    void workbox.register().catch(() => undefined);
    this.workbox = workbox;
    document.addEventListener('visibilitychange', this.checkWhenShown);
  }

  /** Hand over to the new version and load the page again with it. */
  readonly apply = (): void => {
    const workbox = this.workbox;
    if (!workbox || this.state !== 'waiting') return;
    workbox.addEventListener('controlling', () => location.reload());
    workbox.messageSkipWaiting();
  };

  /**
   * The page just changed to another route: nothing is being typed, and every board edit is already in its
   * IndexedDB copy (the next page delivers it), so a reload loses nothing. Offline it waits: the next page should
   * reach the server with the version that loaded it.
   */
  applyOnNavigation(): void {
    if (navigator.onLine) this.apply();
  }

  private readonly checkWhenShown = (): void => {
    if (document.visibilityState !== 'visible' || Date.now() - this.lastCheckAt < UPDATE_CHECK_EVERY_MS) return;
    this.lastCheckAt = Date.now();
    void this.workbox?.update().catch(() => undefined);
  };
}

/** A set of change callbacks in the shape `useSyncExternalStore` subscribes with. */
export class Listeners {
  private readonly callbacks = new Set<() => void>();

  readonly subscribe = (callback: () => void): (() => void) => {
    this.callbacks.add(callback);
    return () => {
      this.callbacks.delete(callback);
    };
  };

  notify(): void {
    for (const callback of [...this.callbacks]) callback();
  }

  clear(): void {
    this.callbacks.clear();
  }
}

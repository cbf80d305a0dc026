/**
 * Whether the device is online, and a way to hear when that changes: the
 * browser's `navigator.onLine` and `online`/`offline` events. Outside a browser
 * the status is unknown and never changes.
 */

export interface NetworkStatus {
  /** `false` when the device reports no network; `undefined` when it cannot tell. */
  online(): boolean | undefined;
  /** Calls `listener` on every change; returns the function that stops listening. */
  subscribe(listener: (online: boolean) => void): () => void;
}

interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** The browser's network status (window or worker scope); inert in Node. */
export function browserNetworkStatus(): NetworkStatus {
  const scope = globalThis as unknown as Partial<EventTargetLike> & { navigator?: { onLine?: unknown } };
  return {
    online: () => (typeof scope.navigator?.onLine === 'boolean' ? scope.navigator.onLine : undefined),
    subscribe(listener) {
      if (typeof scope.addEventListener !== 'function' || typeof scope.removeEventListener !== 'function') {
        return () => {};
      }
      const target = scope as EventTargetLike;
      const online = () => listener(true);
      const offline = () => listener(false);
      target.addEventListener('online', online);
      target.addEventListener('offline', offline);
      return () => {
        target.removeEventListener('online', online);
        target.removeEventListener('offline', offline);
      };
    },
  };
}

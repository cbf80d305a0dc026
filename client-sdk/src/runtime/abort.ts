/**
 * `AbortSignal.any` combines signals, but it is recent (Chrome 116, Firefox 124,
 * Safari 17.4, Node 20.3): older browsers get an equivalent built on a plain
 * controller, so the SDK runs there too.
 */

/** A signal that aborts as soon as any of `signals` does, with that signal's reason. */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  const native = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (typeof native === 'function') return native.call(AbortSignal, [...signals]);
  return combineSignals(signals);
}

/** The fallback behind {@link anySignal}, exported for tests. */
export function combineSignals(signals: readonly AbortSignal[]): AbortSignal {
  const controller = new AbortController();
  const already = signals.find((signal) => signal.aborted);
  if (already) {
    controller.abort(already.reason);
    return controller.signal;
  }
  const onAbort = (event: Event) => {
    for (const signal of signals) signal.removeEventListener('abort', onAbort);
    controller.abort((event.target as AbortSignal).reason);
  };
  for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });
  return controller.signal;
}

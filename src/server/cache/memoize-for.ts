import "server-only";

/**
 * Keeps a result for `ttlMs` and shares one computation among concurrent callers. Only
 * for public aggregates where a minute of staleness is fine (programme metrics): nothing
 * correctness-relevant is cached in process memory (SPEC §12).
 */
export function memoizeFor<T>(
  ttlMs: number,
  compute: () => Promise<T>,
): { get(): Promise<T>; clear(): void } {
  let value: { at: number; promise: Promise<T> } | undefined;
  return {
    get() {
      const now = Date.now();
      if (!value || now - value.at >= ttlMs) {
        const promise = compute();
        value = { at: now, promise };
        // A failure is not kept: the next caller tries again.
        promise.catch(() => {
          if (value?.promise === promise) value = undefined;
        });
      }
      return value.promise;
    },
    clear() {
      value = undefined;
    },
  };
}

import "server-only";

/**
 * Keeps a result and refreshes it in the background once it is older than `ttlMs`:
 * callers get the last value at once (stale-while-revalidate) and only the very first
 * caller waits. One computation at a time. Only for public aggregates where a minute of
 * staleness is fine (programme metrics): nothing correctness-relevant lives in process
 * memory (docs/product.md §12).
 */
export function memoizeFor<T>(
  ttlMs: number,
  compute: () => Promise<T>,
): { get(): Promise<T>; clear(): void } {
  let current: { at: number; value: T } | undefined;
  let running: Promise<T> | undefined;
  const recompute = () => {
    running ??= compute()
      .then((value) => {
        current = { at: Date.now(), value };
        return value;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    get() {
      if (!current) return recompute();
      if (Date.now() - current.at >= ttlMs) recompute().catch(() => {});
      return Promise.resolve(current.value);
    },
    clear() {
      current = undefined;
    },
  };
}

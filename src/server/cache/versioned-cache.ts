import "server-only";

/**
 * Public responses kept per key and reused while their data version is unchanged: the
 * caller reads the current version (one cheap query) and only recomputes when it moved.
 * Concurrent misses for one key share one computation. Bounded; oldest entries go
 * first. Holds only public, derived data: losing it costs a recomputation, nothing else.
 */
export function versionedCache<T>(maxEntries = 2_000) {
  const entries = new Map<string, { version: string; value: Promise<T> }>();
  return {
    async get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.version === version) return hit.value;
      const value = compute();
      entries.delete(key);
      entries.set(key, { version, value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
  };
}

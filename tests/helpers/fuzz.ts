/**
 * Deterministic fuzzing: a seeded generator gives the same cases every run, so a failure
 * reproduces. `junkOf` builds nested junk from a test's own leaf values and the object
 * shape its endpoint expects, nesting at most three levels.
 */
export function seededFuzzer(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const junkOf = (
    leaves: (() => unknown)[],
    shaped: (junk: (depth: number) => unknown, depth: number) => unknown,
  ) => {
    const junk = (depth = 0): unknown =>
      pick<() => unknown>([
        ...leaves,
        () => (depth > 2 ? [] : Array.from({ length: 3 }, () => junk(depth + 1))),
        () => (depth > 2 ? {} : shaped(junk, depth + 1)),
      ])();
    return junk;
  };
  return { random, pick, junkOf };
}

/**
 * A server action whose steps need words in the request's language: `build` gets the
 * translator and returns the action (usually a formAction) for this one call.
 */
export function withTranslator<T, A extends unknown[], S>(
  translator: () => Promise<T>,
  build: (t: T) => (...args: A) => Promise<S>,
): (...args: A) => Promise<S> {
  return async (...args) => build(await translator())(...args);
}

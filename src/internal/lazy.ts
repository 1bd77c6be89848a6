/**
 * A loader of an on-demand module that loads it once: every call shares the first one's promise.
 * A failed load (a network hiccup) is forgotten, so that the next call tries again.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
}

/** `fn()`, or `undefined` when it throws: storage throws in sandboxed frames and when blocked. */
export const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

/**
 * A reason the scan could not run (exit status 2): a bad option, no browser, an unreachable
 * page. Its message is the one line the command prints; nothing prints its stack.
 */
export class ScanError extends Error {
  override name = 'ScanError';
}

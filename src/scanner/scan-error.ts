/**
 * A reason the scan could not run (exit status 2): a bad option, no browser, an unreachable
 * page. Its message is the one line the command prints; nothing prints its stack.
 */
export class ScanError extends Error {
  override name = 'ScanError';
}

/** The first line of what `error` says (an automation library's errors run to a call log). */
export const errorLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!;

/**
 * A page that kept the scanner waiting past its deadline: its main thread busy, or a probe held
 * by the page. It is reported as not scanned and the scan goes on: one page cannot hold it.
 */
export class PageTimeout extends ScanError {
  override name = 'PageTimeout';
}

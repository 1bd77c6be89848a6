import type { ScanReport } from './types.js';

/**
 * The command's exit status for a report (`docs/scanner.md#exit-status`): 1 for violations; else
 * 3 when a page could not be checked fully, since nothing found there proves nothing; else 0.
 * (2 is a scan that could not run, which leaves no report.)
 */
export function exitStatus(report: ScanReport): 0 | 1 | 3 {
  if (report.summary.violations > 0) return 1;
  return report.summary.pagesIncomplete > 0 ? 3 : 0;
}

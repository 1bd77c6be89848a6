import { REPORT_VERSION, type PageReport, type ScanReport } from './types.js';

/** The whole report: what `--json` writes, and what the terminal and HTML reports render. */
export function buildReport(fields: { start: string[]; startedAt: Date; browser: string; pages: number; idleMs: number; results: PageReport[] }): ScanReport {
  const { results } = fields;
  return {
    version: REPORT_VERSION,
    tool: 'cookie-consent-element scan',
    startedAt: fields.startedAt.toISOString(),
    durationMs: Date.now() - fields.startedAt.getTime(),
    browser: fields.browser,
    options: { pages: fields.pages, idleMs: fields.idleMs },
    start: fields.start,
    summary: {
      pages: results.length,
      pagesWithViolations: results.filter((p) => p.violations.length > 0).length,
      violations: results.reduce((n, p) => n + p.violations.length, 0),
      suggestions: results.reduce((n, p) => n + p.suggestions.length, 0),
      pagesWithoutBanner: results.filter((p) => !p.error && !p.banner && !p.incomplete).length,
      pagesIncomplete: results.filter((p) => p.incomplete).length,
    },
    pages: results,
  };
}

/**
 * The `--json` file: the report as it is, indented for diffs. Characters of page data that draw
 * nothing or reorder their line (a right-to-left override in a cookie name, a zero-width space,
 * a line separator, a C1 control) are written as `\u` escapes, as JSON already writes the other
 * controls: a reader gets the same strings, and the file, opened in an editor or a browser,
 * reads as what it holds.
 */
export function reportJson(report: ScanReport): string {
  const json = JSON.stringify(report, null, 2).replace(/[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu, (c) =>
    c.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  );
  return `${json}\n`;
}

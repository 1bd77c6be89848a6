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

/** The `--json` file: the report as it is, indented for diffs. */
export function reportJson(report: ScanReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

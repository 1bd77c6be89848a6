/// <reference types="node" />
import { NOT_DECLARABLE, quotedNames } from './declarable-name.js';
import { plain } from './plain.js';
import type { PageDone } from './scan-site.js';
import type { Cause, ScanReport, Violation } from './types.js';

export interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** ANSI colours when `enabled` (a terminal, and no `NO_COLOR`), else plain text. */
export function painter(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/** Whether to colour: stdout is a terminal and `NO_COLOR` is unset or empty (https://no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line per page as it is done: where the scan is, what the page showed. */
export function progressLine({ page, done, limit, ms }: PageDone, paint: Paint): string {
  const where = paint.dim(`[${done}/${limit}]`);
  if (page.error) return `${where} ${plain(page.url)} ${paint.yellow(`${page.incomplete ? 'not scanned' : 'skipped'}: ${plain(page.error)}`)}`;
  const banner = page.banner ? 'banner' : page.incomplete ? paint.yellow('could not read the page') : paint.yellow('no banner');
  const found = page.violations.length
    ? paint.red(count(page.violations.length, 'violation'))
    : page.incomplete
      ? paint.yellow('no violation found')
      : paint.green('no violation');
  return `${where} ${plain(page.url)} ${paint.dim('·')} ${banner} ${paint.dim('·')} ${found} ${paint.dim(`(${seconds(ms)})`)}`;
}

const VISIT_WORDS: Record<Violation['visit'], string> = { 'before-decision': 'before a decision', 'after-reject': 'after Reject all' };

/** "set by the script …", "sent by the iframe …": what caused a finding, in words. */
export function describeCause(cause: Cause | undefined, verb: string): string {
  switch (cause?.kind) {
    case 'script':
      return `${verb} by the script ${cause.url}`;
    case 'inline-script':
      return `${verb} by an inline script of the page`;
    case 'frame':
      return `${verb} inside the iframe ${cause.url}`;
    case 'response':
      return `${verb} by the response to ${cause.url}`;
    case 'markup':
      return `${verb} by the page's HTML`;
    default:
      return '';
  }
}

/** A violation's subject in words: "cookie _ga (example.com, 400 days)", "request https://…". */
export function describeViolation(v: Violation): string {
  switch (v.kind) {
    case 'cookie':
      return `cookie ${v.name} (${v.host}, ${v.lifetime === 'session' ? 'session' : `${v.lifetime} days`}${v.party === 'third' ? ', third party' : ''})`;
    case 'localStorage':
    case 'sessionStorage':
      return `${v.kind} key ${v.name}${v.party === 'third' ? ` (${v.host}, third party)` : ''}`;
    case 'request':
      return `request to ${v.name}`;
    case 'ungated-script':
      return `ungated script ${v.name}`;
    case 'ungated-iframe':
      return `ungated iframe ${v.name}`;
  }
}

/** The summary after the progress lines: each page's violations and suggestions, then the totals. */
export function terminalSummary(report: ScanReport, paint: Paint, files: { json?: string; html?: string }): string {
  const lines: string[] = [''];
  for (const page of report.pages) {
    if (page.error || (page.violations.length === 0 && page.suggestions.length === 0 && page.notes.length === 0)) continue;
    lines.push(paint.bold(plain(page.url)));
    for (const note of page.notes) lines.push(`  ${paint.yellow('note:')} ${plain(note)}`);
    for (const v of page.violations) {
      const cause = describeCause(v.cause, v.kind === 'request' ? 'sent' : v.kind.startsWith('ungated') ? 'loaded' : 'set');
      lines.push(`  ${paint.red('✗')} ${v.severity === 'high' ? paint.red('high  ') : paint.yellow('medium')} ${VISIT_WORDS[v.visit]}: ${plain(describeViolation(v))}${cause ? paint.dim(` — ${plain(cause)}`) : ''}`);
      lines.push(`      ${paint.dim('fix:')} ${plain(v.fix)}`);
    }
    if (page.suggestions.length) {
      lines.push(`  ${paint.bold('Declare what Accept all showed:')}`);
      const printed = new Set<string>();
      for (const s of page.suggestions) {
        lines.push(`  ${paint.green('+')} ${plain(s.host)}${s.cookies.length ? `: ${plain(s.cookies.join(' '))}` : ''} ${paint.dim(`(${plain(s.category)})`)}`);
        if (s.undeclarable.length) lines.push(`      ${paint.yellow('not in the markup:')} ${plain(quotedNames(s.undeclarable))} ${paint.dim(NOT_DECLARABLE)}`);
        if (!s.markup) {
          lines.push(`      ${paint.dim(plain(s.why))}`);
        } else if (!printed.has(s.markup)) {
          printed.add(s.markup);
          lines.push(...s.markup.split('\n').map((line) => `      ${plain(line)}`));
          lines.push(`      ${paint.dim(plain(s.why))}`);
        }
      }
    }
    lines.push('');
  }
  const { summary } = report;
  const verdict = summary.violations
    ? paint.red(`${count(summary.violations, 'violation')} on ${count(summary.pagesWithViolations, 'page')}`)
    : summary.pagesIncomplete
      ? paint.yellow('no violation found')
      : paint.green('no violation');
  const extra = [
    summary.suggestions ? count(summary.suggestions, 'suggestion') : '',
    summary.pagesWithoutBanner ? `${count(summary.pagesWithoutBanner, 'page')} without a banner` : '',
    summary.pagesIncomplete ? paint.yellow(`${count(summary.pagesIncomplete, 'page')} not fully checked`) : '',
    report.pages.some((p) => p.error && !p.incomplete) ? `${count(report.pages.filter((p) => p.error && !p.incomplete).length, 'page')} skipped` : '',
  ].filter(Boolean);
  lines.push(`Scanned ${count(summary.pages, 'page')} in ${seconds(report.durationMs)}: ${verdict}${extra.length ? `, ${extra.join(', ')}` : ''}.`);
  if (files.json) lines.push(`JSON report: ${files.json}`);
  if (files.html) lines.push(`HTML report: ${files.html}`);
  return `${lines.join('\n')}\n`;
}

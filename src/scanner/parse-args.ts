/// <reference types="node" />
import { parseArgs as parseNodeArgs } from 'node:util';
import { errorLine, ScanError } from './scan-error.js';

export interface ScanOptions {
  urls: string[];
  /** How many pages at most: the URLs given, then same-origin links found on them. */
  pages: number;
  json?: string;
  html?: string;
  browser?: string;
  /** How long the network must stay quiet before a visit is recorded. */
  idleMs: number;
}

export const DEFAULT_PAGES = 10;
export const DEFAULT_IDLE_MS = 1500;

export const USAGE = `Usage: cookie-consent-element scan <url> [more urls] [options]

Visits each page in Chrome or Chromium three times, each in a fresh profile: as a first-time
visitor who does nothing, after Reject all and after Accept all. Lists what is set or sent
before a decision or after Reject all (violations) and suggests <cookie-category> markup for
what Accept all shows.

Options:
  --pages N       pages to scan at most: the URLs, then same-origin links (default ${DEFAULT_PAGES})
  --json FILE     write the report as JSON (a versioned shape, for CI)
  --html FILE     write the report as one HTML page
  --browser PATH  the Chrome or Chromium to drive (default: $CHROME_PATH, then the usual places)
  --idle MS       how long the network must stay quiet before a visit is recorded (default ${DEFAULT_IDLE_MS})
  -h, --help      show this help

Exit status: 0 no violation, 1 violations found, 2 the scan could not run,
3 no violation found but a page could not be checked fully.
Needs playwright-core (npm install -D playwright-core); it downloads no browser.`;

/** A whole number ≥ `min`, written in plain digits; anything else is a bad option. */
function wholeNumber(option: string, value: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new ScanError(`${option} takes a whole number of at least ${min}, not "${value}"`);
  }
  return Number(value);
}

/** Each URL must be http(s): the scanner visits pages as a browser would. */
function pageUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ScanError(`not a URL: "${value}" (give a full address such as https://example.com/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ScanError(`only http and https pages can be scanned, not ${url.protocol.replace(/:$/, '')}: ${value}`);
  }
  url.hash = '';
  return url.href;
}

/**
 * Reads the command line after the program's name: `scan <url…> [options]`, or `--help`.
 * Every mistake is a `ScanError` with a one-line message.
 */
export function parseArgs(argv: readonly string[]): ScanOptions | 'help' {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        pages: { type: 'string' },
        json: { type: 'string' },
        html: { type: 'string' },
        browser: { type: 'string' },
        idle: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new ScanError(`unknown option ${option} (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new ScanError(`${option.split(' ')[0]} needs a value (see --help)`);
    throw new ScanError(`${errorLine(error)} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, ...rest] = positionals;
  if (command === undefined) throw new ScanError('no command: try cookie-consent-element scan https://example.com/ (see --help)');
  if (command !== 'scan') throw new ScanError(`unknown command "${command}": the command is scan (see --help)`);
  if (rest.length === 0) throw new ScanError('scan needs at least one URL, e.g. cookie-consent-element scan https://example.com/');
  const options: ScanOptions = {
    urls: [...new Set(rest.map(pageUrl))],
    pages: values.pages === undefined ? DEFAULT_PAGES : wholeNumber('--pages', values.pages, 1),
    idleMs: values.idle === undefined ? DEFAULT_IDLE_MS : wholeNumber('--idle', values.idle, 0),
  };
  for (const name of ['json', 'html', 'browser'] as const) {
    const value = values[name];
    if (value === '') throw new ScanError(`--${name} needs a value (see --help)`);
    if (value !== undefined) options[name] = value;
  }
  return options;
}

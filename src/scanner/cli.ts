#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx cookie-consent-element scan <url…>`: what a site sets and sends before a visitor decides,
 * after Reject all, and after Accept all. Exit status 0: no violation; 1: violations; 2: the scan
 * could not run, with a one-line reason on stderr; 3: no violation, but a page could not be
 * checked fully (`exitStatus`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Browser, BrowserType } from 'playwright-core';
import { buildReport, reportJson } from './build-report.js';
import { exitStatus } from './exit-status.js';
import { findBrowser } from './find-browser.js';
import { loadChromium } from './load-chromium.js';
import { parseArgs, USAGE, type ScanOptions } from './parse-args.js';
import { reportHtml } from './report-html.js';
import { painter, progressLine, terminalSummary, wantsColour } from './report-terminal.js';
import { errorLine, ScanError } from './scan-error.js';
import { desktopUserAgent, scanSite } from './scan-site.js';

/**
 * The automation library turns off some browser features to keep tests steady; the last
 * `--disable-features` wins, so this list replaces its own. It keeps those that stop the browser's
 * own background traffic and leaves out `ThirdPartyStoragePartitioning`: without partitioning, an
 * iframe of another site gets no storage at all, which a visitor's Chrome gives it (partitioned),
 * and the scan would miss what embeds write there.
 */
const VISITOR_FEATURES =
  '--disable-features=' +
  [
    'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay', 'MediaRouter', 'PaintHolding', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  ].join(',');

const firstLine = (error: unknown) => errorLine(error).trim();

/**
 * Starts the browser headless. With its sandbox where it can have one: the scanned pages are
 * anyone's. Root cannot (Chromium refuses), and some containers lack what the sandbox needs;
 * there it runs without, and says so.
 */
async function launch(chromium: BrowserType, executablePath: string): Promise<Browser> {
  const root = process.getuid?.() === 0;
  const options = { executablePath, headless: true, timeout: 30_000, args: [VISITOR_FEATURES] };
  try {
    return await chromium.launch({ ...options, chromiumSandbox: !root });
  } catch (error) {
    if (!root) {
      const browser = await chromium.launch({ ...options, chromiumSandbox: false }).catch(() => null);
      if (browser) {
        process.stderr.write('note: the browser sandbox is not available here; scanning without it\n');
        return browser;
      }
    }
    throw new ScanError(`cannot start the browser ${executablePath}: ${firstLine(error)}`);
  }
}

function write(file: string, text: string): string {
  const path = resolve(file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new ScanError(`cannot write ${file}: ${firstLine(error)}`);
  }
  return file;
}

async function scan(options: ScanOptions): Promise<number> {
  const executable = findBrowser(options.browser);
  const chromium = await loadChromium();
  const browser = await launch(chromium, executable);
  const paint = painter(wantsColour(process.stdout, process.env));
  try {
    const startedAt = new Date();
    const name = `Chromium ${browser.version()}`;
    const extra = options.pages > options.urls.length ? `, then same-origin links up to ${options.pages} pages` : '';
    process.stdout.write(`Scanning ${options.urls.join(' ')}${extra}, three visits each, with ${name}\n`);
    const results = await scanSite(
      browser,
      options,
      { idleMs: options.idleMs, maxIdleWaitMs: 10_000, navigationTimeoutMs: 30_000, defineTimeoutMs: 10_000, probeTimeoutMs: 10_000, userAgent: desktopUserAgent(browser.version()) },
      (done) => process.stdout.write(`${progressLine(done, paint)}\n`),
    );
    const report = buildReport({ start: options.urls, startedAt, browser: name, pages: options.pages, idleMs: options.idleMs, results });
    const files = {
      ...(options.json ? { json: write(options.json, reportJson(report)) } : {}),
      ...(options.html ? { html: write(options.html, reportHtml(report)) } : {}),
    };
    process.stdout.write(terminalSummary(report, paint, files));
    return exitStatus(report);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return scan(options);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // one line, never a stack: a reason the user can act on
    const reason = error instanceof ScanError ? error.message : `unexpected error: ${firstLine(error)}`;
    process.stderr.write(`cookie-consent-element: ${reason}\n`);
    process.exitCode = 2;
  },
);

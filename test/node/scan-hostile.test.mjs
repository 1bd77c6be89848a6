// `cookie-consent-element scan` against pages that work against it (test/fixtures/scanner/,
// served by scan-helpers.mjs on two hosts): markup that shadows `document`'s members does not
// change what the scan finds; a page the probes cannot read is reported so, never as a page
// without a banner; a page that replaces its timers or holds its main thread cannot hold the
// scan. Runs the built command and modules (`npm run build`).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { buildReport } from '../../dist/scanner/build-report.js';
import { exitStatus } from '../../dist/scanner/exit-status.js';
import { painter, progressLine, terminalSummary } from '../../dist/scanner/report-terminal.js';
import { scanSite } from '../../dist/scanner/scan-site.js';
import { chromePath, root, runCli, serveSite } from './scan-helpers.mjs';

const out = mkdtempSync(join(tmpdir(), 'scan-hostile-'));
let site;

before(async () => {
  site = await serveSite(join(root, 'test', 'fixtures', 'scanner'));
});

after(async () => {
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

test('<img name="querySelectorAll">, name="querySelector" and name="baseURI" in the markup change nothing the scan finds', async () => {
  const json = join(out, 'clobbered.json');
  const run = await runCli(['scan', `${site.first}/clobbered.html`, '--pages', '2', '--idle', '250', '--browser', chromePath, '--json', json]);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  const [page, linked] = report.pages;
  assert.equal(page.banner, true, 'the banner is found');
  assert.deepEqual(page.notes, []);
  assert.deepEqual(page.config.categories.map((c) => c.name), ['analytics'], 'and what it declares');
  const found = page.violations.map((v) => `${v.visit} ${v.kind} ${v.name}`);
  assert.ok(found.includes(`before-decision ungated-script ${site.third}/third/analytics.js`), found.join('\n'));
  assert.ok(found.includes('after-reject cookie tracker_id'), found.join('\n'));
  assert.equal(linked?.url, `${site.first}/clean.html`, 'a relative link resolves against the page, not against an <img>');
});

test('a page whose DOM the probes cannot read: a note that says so, status 3, never "no banner"', async () => {
  const json = join(out, 'unreadable.json');
  const run = await runCli(['scan', `${site.first}/unreadable.html`, '--pages', '1', '--idle', '250', '--browser', chromePath, '--json', json]);
  assert.equal(run.status, 3, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /no banner|no <cookie-consent>/);
  assert.match(run.stdout, /could not read the page \(TypeError: this page broke its DOM\)/);
  assert.match(run.stdout, /Scanned 1 page in [\d.]+ s: no violation found, 1 page not fully checked\./);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(report.summary.pagesIncomplete, 1);
  assert.equal(report.summary.pagesWithoutBanner, 0);
  assert.equal(report.pages[0].incomplete, true);
});

test('a page that replaces setTimeout and requestAnimationFrame is scanned as any other: the waits are the scanner’s own', { timeout: 45_000 }, async () => {
  const run = await runCli(['scan', `${site.first}/timers.html`, '--pages', '1', '--idle', '250', '--browser', chromePath]);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /timers\.html · banner · \d+ violations/);
  assert.match(run.stdout, new RegExp(`ungated script ${site.third}/third/analytics\\.js`));
  assert.doesNotMatch(run.stdout, /recorded no decision|did not answer/);
});

test('a page that holds its main thread: not scanned ("did not answer in time"), the scan goes on, status 3', { timeout: 45_000 }, async () => {
  // the command's waits, shortened: a probe's deadline is 10 s there, and the stalled request keeps the network busy
  const visit = { idleMs: 250, maxIdleWaitMs: 1000, navigationTimeoutMs: 10_000, defineTimeoutMs: 5000, probeTimeoutMs: 2000 };
  const urls = [`${site.first}/stalled.html`, `${site.first}/clean.html`];
  const browser = await chromium.launch({ executablePath: chromePath, headless: true });
  try {
    const progress = [];
    const pages = await scanSite(browser, { urls, pages: 2, idleMs: 250 }, visit, (done) => progress.push(progressLine(done, painter(false))));
    const report = buildReport({ start: urls, startedAt: new Date(), browser: 'Chromium', pages: 2, idleMs: 250, results: pages });
    const [stalled, clean] = report.pages;
    assert.equal(stalled.error, `cannot scan ${urls[0]}: the page did not answer in time`);
    assert.equal(stalled.incomplete, true);
    assert.equal(clean.error, undefined, 'the other page is scanned');
    assert.equal(clean.banner, true);
    assert.equal(exitStatus(report), 3);
    assert.ok(progress.some((line) => line.endsWith(`stalled.html not scanned: cannot scan ${urls[0]}: the page did not answer in time`)), progress.join('\n'));
    assert.match(terminalSummary(report, painter(false), {}), /: no violation found, (.+, )?1 page not fully checked\.\n$/);
  } finally {
    await browser.close();
  }
});

test('URLs of a megabyte are cut to 2048 characters: the reports stay small, the requests are still each reported', async () => {
  const json = join(out, 'long-urls.json');
  const html = join(out, 'long-urls.html');
  const run = await runCli(['scan', `${site.first}/long-urls.html`, '--pages', '1', '--idle', '250', '--browser', chromePath, '--json', json, '--html', html]);
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  const requests = report.pages[0].violations.filter((v) => v.kind === 'request');
  assert.equal(requests.length, 3, 'three requests, three lines');
  for (const v of requests) {
    assert.ok(v.name.startsWith(`${site.third}/third/`), v.name.slice(0, 80));
    assert.ok(v.name.length <= 2048, `${v.name.length} characters`);
  }
  // three URLs of a megabyte, each in the visit and in its violation: 6 MB before the cut
  for (const [file, size] of [['stdout', run.stdout.length], ['JSON', statSync(json).size], ['HTML', statSync(html).size]]) assert.ok(size < 100_000, `${file}: ${size} bytes`);
});

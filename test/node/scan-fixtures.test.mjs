// `cookie-consent-element scan` against a fixture site on two hosts (issue 22): 127.0.0.1 is
// the site, localhost the third party (test/fixtures/scanner/, served by scan-helpers.mjs).
// Each leak the fixture plants is found by name with its cause; what the fixture does right is
// not reported; --pages stops the crawl; the JSON has its documented shape; the HTML report
// passes axe. The fixture pages load the built drop-in file (`npm run build`).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromePath, root, runCli, serveSite } from './scan-helpers.mjs';

const out = mkdtempSync(join(tmpdir(), 'scan-fixtures-'));
let site;
let run;
let report;

before(async () => {
  site = await serveSite(join(root, 'test', 'fixtures', 'scanner'), { sessionCookie: true });
  // short waits for quiet: the fixtures are local and make no late requests
  run = await runCli(['scan', `${site.first}/index.html`, '--pages', '3', '--idle', '250', '--browser', chromePath, '--json', join(out, 'report.json'), '--html', join(out, 'report.html')]);
  report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
});

after(async () => {
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

const pageAt = (path) => report.pages.find((p) => p.url === `${site.first}${path}`);
const violation = (page, kind, name) => page.violations.find((v) => v.kind === kind && v.name === name);

test('violations found: exit status 1, a progress line per page, the summary', () => {
  assert.equal(run.status, 1, run.stderr);
  assert.equal(run.stderr, '');
  const progress = run.stdout.split('\n').filter((line) => /^\[\d+\/\d+\] /.test(line));
  assert.equal(progress.length, 3, run.stdout);
  assert.match(run.stdout, /Scanned 3 pages in [\d.]+ s: \d+ violations on 2 pages/);
  assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
});

test('--pages 3: the URL, then its same-origin links in order, no further', () => {
  assert.deepEqual(report.pages.map((p) => p.url.replace(site.first, '')), ['/index.html', '/page2.html', '/nobanner.html']);
  assert.ok(!report.pages.some((p) => /page3|page5|clean/.test(p.url)), 'links past the limit, and links of links, are not scanned');
});

test('the JSON report: version 1, each page with its banner, three visits, violations and suggestions', () => {
  assert.equal(report.version, 1);
  assert.equal(report.tool, 'cookie-consent-element scan');
  assert.deepEqual(report.start, [`${site.first}/index.html`]);
  assert.deepEqual(Object.keys(report.summary).sort(), ['pages', 'pagesIncomplete', 'pagesWithViolations', 'pagesWithoutBanner', 'suggestions', 'violations']);
  for (const page of report.pages) {
    assert.equal(typeof page.url, 'string');
    assert.equal(typeof page.banner, 'boolean');
    assert.ok(Array.isArray(page.violations), 'violations');
    assert.ok(Array.isArray(page.suggestions), 'suggestions');
    assert.deepEqual(Object.keys(page.visits), ['beforeDecision', 'afterReject', 'afterAccept']);
    for (const v of page.violations) {
      assert.deepEqual(
        Object.keys(v).filter((k) => !['lifetime', 'cause'].includes(k)).sort(),
        ['category', 'fix', 'host', 'kind', 'name', 'party', 'severity', 'visit'],
      );
    }
  }
  const visit = pageAt('/index.html').visits.afterAccept;
  assert.deepEqual(Object.keys(visit).sort(), ['cookies', 'decided', 'decision', 'finalUrl', 'gated', 'granted', 'localStorage', 'requests', 'sessionStorage', 'status', 'ungated']);
  assert.equal(visit.decision, 'accept-all');
  assert.equal(visit.decided, true);
});

test('the ungated analytics script from the other host, and the first-party cookie it sets, with its cause', () => {
  const page = pageAt('/index.html');
  const script = violation(page, 'ungated-script', `${site.third}/third/analytics.js`);
  assert.ok(script, 'the script');
  assert.equal(script.severity, 'high');
  assert.equal(script.visit, 'before-decision');
  assert.match(script.fix, /gate this script: type="text\/plain", src → data-src, data-consent=/);
  const load = page.visits.beforeDecision.requests.find((r) => r.url === `${site.third}/third/analytics.js`);
  assert.equal(load.cause.kind, 'markup', 'the script’s own request is the HTML’s doing');
  assert.ok(!violation(page, 'request', load.url), 'and it is the script’s line, not a line of its own');
  const cookie = violation(page, 'cookie', '_scan_uid');
  assert.ok(cookie, 'its cookie');
  assert.equal(cookie.party, 'first');
  assert.ok(cookie.lifetime > 364 && cookie.lifetime <= 365, `lifetime in days: ${cookie.lifetime}`);
  assert.deepEqual(cookie.cause, { kind: 'script', url: `${site.third}/third/analytics.js` });
  const hit = violation(page, 'request', `${site.third}/third/collect`);
  assert.ok(hit, 'the hit it sends, without its query string');
  assert.deepEqual(hit.cause, { kind: 'script', url: `${site.third}/third/analytics.js` });
});

test('the inline script that writes localStorage', () => {
  const entry = violation(pageAt('/index.html'), 'localStorage', 'ab_test');
  assert.ok(entry);
  assert.deepEqual(entry.cause, { kind: 'inline-script', url: `${site.first}/index.html` });
  assert.match(entry.fix, /gate the inline script that writes it/);
});

test('the iframe to the other host, and what it stores there', () => {
  const page = pageAt('/index.html');
  const frame = violation(page, 'ungated-iframe', `${site.third}/third/widget.html`);
  assert.ok(frame);
  assert.match(frame.fix, /gate this iframe: src → data-src/);
  const stored = violation(page, 'localStorage', 'widget_visitor');
  assert.ok(stored, 'its storage (partitioned, as in a visitor’s Chrome)');
  assert.equal(stored.party, 'third');
  assert.deepEqual(stored.cause, { kind: 'frame', url: `${site.third}/third/widget.html` });
  assert.ok(!violation(page, 'request', `${site.third}/third/widget.html`), 'the iframe’s own request is its line');
});

test('the pixel to the other host, named without its query and blamed on the HTML', () => {
  const pixel = violation(pageAt('/index.html'), 'request', `${site.third}/third/pixel.gif`);
  assert.ok(pixel);
  assert.equal(pixel.cause.kind, 'markup');
  assert.match(pixel.fix, /gate the element on line \d+ of the page/);
});

test('after Reject all: the cookie a consent-change listener writes whatever the choice', () => {
  const late = violation(pageAt('/index.html'), 'cookie', '_decision_seen');
  assert.ok(late);
  assert.equal(late.visit, 'after-reject');
});

test('not violations: the consent record, the necessary and required cookies, the gated script', () => {
  const page = pageAt('/index.html');
  const names = page.violations.map((v) => v.name);
  for (const allowed of ['cookie_consent', 'session_id', 'csrf_token', '_gated_stats']) assert.ok(!names.includes(allowed), allowed);
  assert.ok(!names.some((n) => n.includes('gated-stats.js')), 'the gated script is gated');
  assert.ok(page.visits.beforeDecision.cookies.some((c) => c.name === 'session_id'), 'recorded all the same');
  assert.ok(page.visits.afterAccept.cookies.some((c) => c.name === '_gated_stats'), 'it ran after Accept all');
  assert.ok(!page.visits.beforeDecision.cookies.some((c) => c.name === '_gated_stats'), 'and not before');
});

test('suggestions: the undeclared cookies of Accept all, grouped by the host that set them, as category markup', () => {
  const page = pageAt('/index.html');
  const third = page.suggestions.find((s) => s.host === 'localhost');
  assert.ok(third, JSON.stringify(page.suggestions));
  assert.deepEqual(third.cookies, ['_gated_stats', '_scan_uid']);
  assert.equal(third.category, 'analytics', 'the category the site gates that host’s script with');
  assert.equal(third.kind, 'category');
  assert.equal(third.markup, '<cookie-category name="analytics" label="Statistics" cookies="_stats_* _gated_stats _scan_uid"></cookie-category>', 'what it declares, then what to add');
  assert.ok(!page.suggestions.some((s) => s.cookies.includes('cookie_consent') || s.cookies.includes('session_id')), 'declared cookies are not suggested');
});

test('a page without the banner: reported as such, its cookie a violation, checked against the site’s declaration', () => {
  const page = pageAt('/nobanner.html');
  assert.equal(page.banner, false);
  assert.equal(page.visits.afterReject, null);
  assert.equal(page.visits.afterAccept, null);
  assert.match(page.notes.join(' '), /no <cookie-consent> on this page/);
  assert.deepEqual(page.violations.map((v) => v.name), ['nb_visitor'], 'session_id is declared necessary on the site’s other pages');
  assert.equal(report.summary.pagesWithoutBanner, 1);
});

test('the HTML report: self-contained, escaped, and axe finds nothing', async () => {
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  assert.ok(!/<script|<link|https?:\/\/[^"<\s]*\.(css|js)"/.test(html.replace(/<code>[^<]*<\/code>|<td>[^<]*<\/td>/g, '')), 'no script, no stylesheet to fetch');
  assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'), 'the hostile storage key is text');
  const browser = await chromium.launch({ executablePath: chromePath, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(join(out, 'report.html')).href);
    assert.equal(await tab.locator('img').count(), 0, 'no element made from page data');
    assert.ok((await tab.locator('table').count()) >= 3, 'a table per page');
    const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await tab.addScriptTag({ path: axe });
    const result = await tab.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
    const rows = await tab.locator('section').first().locator('table').first().locator('tbody tr td:first-child').allTextContents();
    assert.deepEqual([...rows].sort((a, b) => (a === b ? 0 : a === 'High' ? -1 : 1)), rows, 'most severe first');
  } finally {
    await browser.close();
  }
});

test('a page where everything is gated: exit status 0, no violation', async () => {
  const clean = await runCli(['scan', `${site.first}/clean.html`, '--pages', '1', '--idle', '250', '--browser', chromePath]);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /Scanned 1 page in [\d.]+ s: no violation/);
});

test('a URL that answers an error: exit status 2, one line', async () => {
  const missing = await runCli(['scan', `${site.first}/missing.html`, '--idle', '0', '--browser', chromePath]);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, `cookie-consent-element: cannot scan ${site.first}/missing.html: it answered HTTP 404\n`);
});

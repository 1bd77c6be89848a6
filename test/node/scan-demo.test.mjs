// The built demo site (`npm run build:demo`, dist-demo/) scanned whole (issue 22): every page is
// reached from the home page, nothing is set or sent before a decision or after Reject all, and
// Accept all shows nothing undeclared (the demo's analytics cookie, _demo_views, is declared).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromePath, root, runCli, serveSite } from './scan-helpers.mjs';

test('the demo site: every page scanned with progress, no violation, nothing to declare, exit 0', async (t) => {
  const site = await serveSite(join(root, 'dist-demo'));
  const out = mkdtempSync(join(tmpdir(), 'scan-demo-'));
  t.after(async () => {
    await site.close();
    rmSync(out, { recursive: true, force: true });
  });
  const start = Date.now();
  const run = await runCli(['scan', `${site.first}/demo/`, '--idle', '400', '--browser', chromePath, '--json', join(out, 'demo.json')]);
  t.diagnostic(`demo scan: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const report = JSON.parse(readFileSync(join(out, 'demo.json'), 'utf8'));
  const paths = report.pages.map((p) => new URL(p.url).pathname).sort();
  assert.deepEqual(paths, ['/demo/', '/demo/article.html', '/demo/configurator.html', '/demo/notice.html', '/demo/privacy.html', '/demo/stats.html']);
  assert.equal(run.stdout.split('\n').filter((line) => /^\[\d+\/\d+\] /.test(line)).length, paths.length, 'a progress line per page');
  assert.deepEqual(report.pages.flatMap((p) => p.violations.map((v) => `${p.url} ${v.kind} ${v.name}`)), []);
  assert.deepEqual(report.pages.flatMap((p) => p.suggestions), [], '_demo_views is declared by the analytics category');
  for (const page of report.pages.filter((p) => !p.url.endsWith('configurator.html'))) {
    assert.equal(page.banner, true, page.url);
    assert.ok(page.visits.afterAccept.cookies.some((c) => c.name === 'cookie_consent'), 'the decision is recorded');
  }
  const article = report.pages.find((p) => p.url.endsWith('article.html'));
  assert.ok(article.visits.afterAccept.cookies.some((c) => c.name === '_demo_views'), 'the gated analytics ran after Accept all');
  assert.ok(!article.visits.beforeDecision.cookies.some((c) => c.name === '_demo_views'), 'and not before');
  // the configurator shows the banner only in its preview: its page has none of its own
  const configurator = report.pages.find((p) => p.url.endsWith('configurator.html'));
  assert.equal(configurator.banner, false);
});

// The HTML report as a site owner reads it, in Chromium: its table headings stay whole words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { buildReport } from '../../dist/scanner/build-report.js';
import { reportHtml } from '../../dist/scanner/report-html.js';
import { chromePath } from './scan-helpers.mjs';

const PAGE = 'https://shop.example/';
const visit = (fields = {}) => ({
  decision: 'none', decided: null, granted: ['necessary'], status: 200, finalUrl: PAGE,
  cookies: [], localStorage: [], sessionStorage: [], requests: [], ungated: [], gated: [], ...fields,
});

test('the report’s table headings do not break inside a word, at a phone’s width too', async (t) => {
  const long = `https://tracker.example/${'x'.repeat(300)}`;
  const before = visit({ ungated: [{ kind: 'script', url: long, party: 'third', cause: 'parser' }] });
  const violation = { visit: 'beforeDecision', severity: 'error', kind: 'script', what: long, party: 'third', fix: `gate this script: ${long}` };
  const report = buildReport({
    start: [PAGE], startedAt: new Date(), browser: 'Chromium', pages: 1, idleMs: 0,
    results: [{ url: PAGE, banner: true, config: null, visits: { beforeDecision: before, afterReject: null, afterAccept: null }, violations: [violation], suggestions: [], notes: [] }],
  });
  const browser = await chromium.launch({ executablePath: chromePath });
  t.after(() => browser.close());
  for (const width of [1280, 360]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.setContent(reportHtml(report));
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('th')].filter((th) => {
        const words = document.createRange();
        words.selectNodeContents(th);
        // one line box per word at most: a heading cut inside a word has more
        return words.getClientRects().length > th.textContent.trim().split(/\s+/).length;
      }).map((th) => th.textContent.trim()),
    );
    assert.ok(await page.locator('th').count() > 0, 'the report has table headings');
    assert.deepEqual(broken, [], `headings cut inside a word at ${width} px`);
  }
});

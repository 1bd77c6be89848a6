// The Next.js example under `next dev`, which reports hydration mismatches and other React
// mistakes in the browser's console (its overlay shows them): a first visit, Accept all, and a
// return visit, in headless Chromium (playwright-core, the system's browser), with nothing
// logged as an error or a warning. (`next start` is tested in test/frameworks/nextjs.test.ts.)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 3793;
const URL_ = `http://127.0.0.1:${PORT}/examples/nextjs`;

let server;
let browser;
before(async () => {
  server = spawn(process.execPath, [`${root}node_modules/next/dist/bin/next`, 'dev', 'examples/nextjs', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const seen = (d) => ((output += d), /Ready/.test(output) && resolve());
    server.stdout.on('data', seen);
    server.stderr.on('data', (d) => (output += d));
    server.on('exit', (code) => reject(new Error(`next dev exited with ${code}:\n${output}`)));
  });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});
after(async () => {
  await browser?.close();
  server?.kill();
});

test('next dev: hydrated with no error or warning; Accept all reaches the app; a return visit shows the decision from the server', async () => {
  const context = await browser.newContext();
  const logged = [];
  // (but Lit's own notice that `next dev` serves its development build, which it prints once the
  // preferences load: their prefetch comes half a second after the banner, before hydration on
  // a slow machine)
  const litDevMode = (text) => text.startsWith('Lit is in dev mode.');
  context.on('console', (m) => ['error', 'warning'].includes(m.type()) && !litDevMode(m.text()) && logged.push(`${m.type()}: ${m.text()} ${m.location().url}`));
  context.on('weberror', (e) => logged.push(`error: ${e.error().message}`));
  try {
    const page = await context.newPage();
    await page.goto(URL_);
    // hydrated: the app set the element's properties (no attribute carries policyHref)
    await page.waitForFunction(() => document.querySelector('cookie-consent')?.policyHref === '/privacy', null, { timeout: 60_000 });
    await page.locator('cookie-consent').locator('[part~="accept-button"]').click();
    await page.waitForFunction(() => document.querySelector('#granted')?.textContent === 'necessary analytics marketing');
    assert.equal(await page.locator('#analytics').count(), 1);

    await page.reload();
    assert.equal(await page.locator('#granted').textContent(), 'necessary analytics marketing', 'the decision in the first render');
    await page.waitForFunction(() => document.querySelector('cookie-consent')?.policyHref === '/privacy');
    assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').open), false);
    await page.waitForTimeout(300);
    assert.deepEqual(logged, []);
  } finally {
    await context.close();
  }
});

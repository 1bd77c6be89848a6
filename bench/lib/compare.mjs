// One run of one system: a first visit (banner painted, main-thread time until then, long tasks,
// layout shift, Accept all → gated code) and a returning visit in a new tab of the same browser
// context (the consent cookie and the HTTP cache kept).
import { gzipSync } from 'node:zlib';
import { cdpSession, metrics, within } from './browser.mjs';

const AFTER_BANNER_MS = 1000; // CLS and long tasks are counted until banner + 1 s
const RETURN_WATCH_MS = 1000; // a returning visit is watched until load + 1 s

const ms = (seconds) => seconds * 1000;

/** Main-thread deltas (ms) between two Performance.getMetrics snapshots of the same renderer. */
function cpu(base, now) {
  // a new renderer process starts from zero: the baseline then belongs to another process
  const reset = now.TaskDuration < base.TaskDuration;
  const d = (k) => ms(reset ? now[k] : now[k] - base[k]);
  return {
    script: d('ScriptDuration'),
    task: d('TaskDuration'),
    layoutStyle: d('LayoutDuration') + d('RecalcStyleDuration'),
    compile: d('V8CompileDuration'),
    processReset: reset,
  };
}

/** Watches one page: signals from the probe (each answered with a metrics snapshot), problems. */
async function watch(page, origin, problems, network) {
  const client = await cdpSession(page);
  if (network) await emulateNetwork(client, network);
  const signals = new Map();
  const waiters = new Map();
  client.on('Runtime.bindingCalled', (ev) => {
    if (ev.name !== '__benchSignal' || signals.has(ev.payload)) return;
    // snapshot at once: this is the "until banner" / "until gated" point of the main-thread time
    const snap = metrics(client);
    signals.set(ev.payload, snap);
    waiters.get(ev.payload)?.(snap);
  });
  const requests = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:')) return;
    requests.push({ url, type: req.resourceType() });
    if (!url.startsWith(origin + '/')) problems.push(`request left the bench server: ${url}`);
  });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => res.status() >= 400 && problems.push(`HTTP ${res.status()}: ${res.url()}`));
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('crash', () => problems.push('page crashed'));
  return {
    client,
    requests,
    signal: (name) =>
      signals.get(name) ?? new Promise((resolve) => waiters.set(name, resolve)),
  };
}

const bench = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__bench)));
const pageNow = (page) => page.evaluate(() => performance.now());

async function waitPageTime(page, t, deadline) {
  const now = await pageNow(page);
  if (now < t) await within(deadline - Date.now(), 'wait', new Promise((r) => setTimeout(r, t - now)));
}

/**
 * `network: { rtt, mbit }`: every request of the page waits `rtt` ms and arrives at `mbit`
 * Mbit/s (CDP's network emulation, in Chromium's network service). On the bench's localhost a
 * file otherwise arrives at once, which no visitor sees: nothing overlaps with its download.
 */
async function emulateNetwork(client, { rtt, mbit }) {
  const bytesPerSecond = (mbit * 1e6) / 8;
  await client.send('Network.enable');
  await client.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: rtt,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
}

/**
 * Runs `system` once. Returns `{ ok, error, problems, metrics, raw }`; every wait is bounded by
 * `budgetMs` for each of the two visits. With `network`, both visits go through an emulated
 * network (see `emulateNetwork`).
 */
export async function runOnce(browser, server, system, { budgetMs, network = null }) {
  const url = `${server.origin}/pages/${system.id}.html`;
  const problems = [];
  const out = { ok: false, error: null, problems, metrics: {}, raw: {} };
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    // ---- first visit
    let deadline = Date.now() + budgetMs;
    const page = await context.newPage();
    const w = await watch(page, server.origin, problems, network);
    const base = await metrics(w.client);
    await page.goto(url, { waitUntil: 'commit', timeout: budgetMs });
    const atPaint = await within(deadline - Date.now(), 'banner painted', w.signal('painted'));
    const b0 = await bench(page);
    await within(deadline - Date.now(), 'load event', page.waitForFunction(() => window.__bench.load != null, null, { timeout: budgetMs }));
    await waitPageTime(page, b0.painted + AFTER_BANNER_MS, deadline);
    const b1 = await bench(page);
    if (b1.gated.length) problems.push(`gated code ran before consent (${b1.gated.map((g) => g[1]).join(', ')})`);

    await page.locator(system.accept).click({ timeout: Math.max(1, deadline - Date.now()) });
    await within(deadline - Date.now(), 'gated code after Accept', w.signal('gated'));
    const b2 = await bench(page);
    const cookies = await context.cookies();
    const cookie = cookies.find((c) => c.name === system.cookie);
    if (!cookie) problems.push(`no consent cookie ${system.cookie}`);

    const files = w.requests.filter((r) => r.type !== 'document');
    const bytes = files.map((r) => {
      const path = new URL(r.url).pathname;
      const body = server.body(path) ?? Buffer.alloc(0);
      return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
    const doc = server.body(`/pages/${system.id}.html`);
    const c0 = cpu(base, await atPaint);
    const upTo = (list, t) => list.filter(([start]) => start <= t);
    const longtasks = upTo(b1.longtasks, b0.painted + AFTER_BANNER_MS);
    Object.assign(out.metrics, {
      jsCssRaw: bytes.reduce((s, f) => s + f.raw, 0) / 1024,
      jsCssGzip: bytes.reduce((s, f) => s + f.gzip, 0) / 1024,
      requests: bytes.length,
      htmlGzip: gzipSync(doc, { level: 9 }).length / 1024,
      painted: b0.painted,
      settled: b1.settled,
      scriptToBanner: c0.script,
      taskToBanner: c0.task,
      layoutStyleToBanner: c0.layoutStyle,
      longtaskCount: longtasks.length,
      longtaskTotal: longtasks.reduce((s, [, d]) => s + d, 0),
      longtaskBeforeBanner: upTo(b1.longtasks, b0.painted).length,
      cls: upTo(b1.shifts, b0.painted + AFTER_BANNER_MS).reduce((s, [, v]) => s + v, 0),
      domContentLoaded: b1.domContentLoaded,
      load: b1.load,
      clickToGated: b2.gated.length && b2.clickAt != null ? b2.gated[0][0] - b2.clickAt : null,
      cookieBytes: cookie ? cookie.value.length : null,
      cookieDays: cookie && cookie.expires > 0 ? (cookie.expires * 1000 - Date.now()) / 86_400_000 : null,
    });
    out.raw.first = { bench: b2, cpu: c0, files: bytes, gatingMode: b2.gatingMode ?? null };
    await page.close();

    // ---- returning visit: a new tab, same context (cookie and HTTP cache)
    deadline = Date.now() + budgetMs;
    const again = await context.newPage();
    const w2 = await watch(again, server.origin, problems, network);
    const base2 = await metrics(w2.client);
    await again.goto(url, { waitUntil: 'commit', timeout: budgetMs });
    await within(deadline - Date.now(), 'load event (return visit)', again.waitForFunction(() => window.__bench.load != null, null, { timeout: budgetMs }));
    const r0 = await bench(again);
    await waitPageTime(again, r0.load + RETURN_WATCH_MS, deadline);
    const r1 = await bench(again);
    let c1 = null;
    if (r1.gated.length) c1 = cpu(base2, await w2.signal('gated'));
    else problems.push('return visit: the gated code did not run');
    // what the returning visit asked for (from the HTTP cache or not), as served
    const returnBytes = w2.requests
      .filter((r) => r.type !== 'document')
      .map((r) => gzipSync(server.body(new URL(r.url).pathname) ?? Buffer.alloc(0), { level: 9 }).length);
    Object.assign(out.metrics, {
      returnJsCssGzip: returnBytes.reduce((s, b) => s + b, 0) / 1024,
      returnScriptToGated: c1 ? c1.script : null,
      returnBannerPainted: r1.everVisible ? 1 : 0,
      returnGated: r1.gated.length ? r1.gated[0][0] : null,
      returnTaskToGated: c1 ? c1.task : null,
      returnLoad: r1.load,
    });
    out.raw.returning = { bench: r1, cpu: c1, requests: w2.requests.length };
    await again.close();
    out.ok = problems.length === 0;
    if (!out.ok) out.error = problems[0];
  } catch (e) {
    out.error = String(e?.message ?? e).split('\n')[0];
    problems.push(out.error);
  } finally {
    await context.close().catch(() => {});
  }
  return out;
}

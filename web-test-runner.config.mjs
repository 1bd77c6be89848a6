import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { reactModules } from './test/frameworks/react-modules.mjs';

// Debian's browsers; the launcher (puppeteer-core) drives Chromium over CDP and Firefox over
// WebDriver BiDi, so nothing downloads a browser of its own.
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const quietArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const chromium = chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: quietArgs } });
chromium.name = 'Chromium';
const firefox = chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } });
firefox.name = 'Firefox';

/**
 * Ends the output with the failed tests (browser, file, test, error) and one plain
 * "web-test-runner: N passed, N failed, N skipped" line, so that the tail of a CI log names them.
 */
function countReporter() {
  const walk = (suite, path, acc, where) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else {
        acc.failed++;
        acc.failures.push(`${where} › ${[...path, t.name].join(' › ')}: ${t.error?.message ?? 'failed'}`);
      }
    }
    for (const s of suite?.suites ?? []) walk(s, [...path, s.name], acc, where);
    return acc;
  };
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const s of sessions) {
        const where = `${s.browser?.name ?? 'browser'} ${s.testFile.replace(process.cwd() + '/', '')}`;
        walk(s.testResults, [], acc, where);
        // a file that failed to load has no tests: count it as one failure
        if (!s.passed && (s.errors?.length ?? 0) > 0 && !s.testResults?.tests?.length && !s.testResults?.suites?.length) {
          acc.failed++;
          acc.failures.push(`${where}: ${s.errors.map((e) => e.message).join('; ')}`);
        }
      }
      process.once('exit', () => {
        for (const f of acc.failures) process.stdout.write(`FAILED ${f.slice(0, 600)}\n`);
        process.stdout.write(`web-test-runner: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`);
      });
    },
  };
}

// Policies for `/csp/<name>/<path>`: the nonce every fixture under it carries is `gate123`.
const policies = {
  nonce: "script-src 'nonce-gate123'; style-src 'self'",
  // nonce and 'strict-dynamic', no Trusted Types
  dynamic: "script-src 'nonce-gate123' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'",
  tt: "script-src 'nonce-gate123'; style-src 'self'; require-trusted-types-for 'script'",
  // issue 7: nonce and 'strict-dynamic', no inline style, Trusted Types
  strict: "script-src 'nonce-gate123' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'",
  // the same, with the Trusted Types policy names docs/security.md tells such a site to allow
  named: "script-src 'nonce-gate123' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html cookie-consent-element",
};

/**
 * Test-server routes that fixtures need:
 * - `/delay/<ms>/<path>` serves <path> after a delay;
 * - `/csp/<policy>/<path>` serves <path> with the `Content-Security-Policy` header of `policies`;
 * - `/copy2/<path>` serves <path> as well, so that modules imported from there are a second copy
 *   of the library (relative imports stay under `/copy2/`);
 * - `/stream/<path>` sends the HTML file <path> in two parts, split at `<!--split-->`, 800 ms
 *   apart, so that a test can see the page while it is still being parsed;
 * - `/inline/<path>.html` serves the HTML file <path> with each `<!--inline:/file.js-->` replaced by
 *   a `<script>` holding that file's text: a script pasted into a page (a CMS template field);
 * - `/beacon` receives consent logs (POST) and answers what it received since the last GET, one
 *   log per browser (by User-Agent: the browsers run side by side).
 */
function fixtureRoutes() {
  // `/beacon`: a consent log endpoint; POST records the body, GET answers what was recorded.
  const beacons = new Map();
  const log = (ctx) => {
    const browser = ctx.get('user-agent');
    if (!beacons.has(browser)) beacons.set(browser, []);
    return beacons.get(browser);
  };
  return async (ctx, next) => {
    // the fuzzed `log-endpoint` beacons to any path: a 404 for each would bury the test results
    if (ctx.method === 'POST' && ctx.path !== '/beacon') {
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/beacon') {
      if (ctx.method === 'POST') {
        let body = '';
        for await (const chunk of ctx.req) body += chunk;
        log(ctx).push({ type: ctx.get('content-type'), referer: ctx.get('referer'), body });
        ctx.status = 204;
      } else {
        ctx.body = log(ctx).splice(0);
      }
      return;
    }
    const delay = /^\/delay\/(\d+)(\/.*)$/.exec(ctx.path);
    if (delay) {
      await new Promise((r) => setTimeout(r, Number(delay[1])));
      ctx.path = delay[2];
    }
    const copy = /^\/copy2(\/.*)$/.exec(ctx.path);
    if (copy) ctx.path = copy[1];
    const stream = /^\/stream(\/.*\.html)$/.exec(ctx.path);
    if (stream) {
      const [head, tail] = readFileSync(fileURLToPath(new URL(`.${stream[1]}`, import.meta.url)), 'utf8').split('<!--split-->');
      ctx.type = 'html';
      ctx.body = Readable.from((async function* () {
        yield head;
        await new Promise((r) => setTimeout(r, 800));
        yield tail;
      })());
      return;
    }
    const inline = /^\/inline(\/.*\.html)$/.exec(ctx.path);
    if (inline) {
      const read = (path) => readFileSync(fileURLToPath(new URL(`.${path}`, import.meta.url)), 'utf8');
      ctx.type = 'html';
      ctx.body = read(inline[1]).replace(/<!--inline:(\/[\w./-]+\.js)-->/g, (_, file) => `<script>${read(file)}</script>`);
      return;
    }
    const csp = /^\/csp\/(\w+)(\/.*)$/.exec(ctx.path);
    if (csp && policies[csp[1]]) {
      ctx.path = csp[2];
      await next();
      ctx.set('Content-Security-Policy', policies[csp[1]]);
      return;
    }
    return next();
  };
}

/**
 * `executeServerCommand('emulate-media-features', [{ name, value }])`: any CSS media feature,
 * `forced-colors` included, which the stock `emulateMedia` command does not cover (Chromium only).
 */
function emulateMediaFeatures() {
  // puppeteer's own emulateMediaFeatures refuses forced-colors; CDP takes any feature.
  // One CDP session per page, kept: an override lasts as long as the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('emulate-media-features needs Chromium');
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/**
 * `executeServerCommand('file-page', { path, loads })` (Chromium): opens `path` (relative to the
 * project) from `file://` in a new tab of the same browser, `loads` times (the later ones reload),
 * and answers what each load left in `window.__result`, with the page's uncaught errors and
 * console errors. A test page cannot navigate to `file://` itself. Other browsers: `{ unsupported }`.
 */
function filePages() {
  return {
    name: 'file-page',
    async executeCommand({ command, payload, session }) {
      if (command !== 'file-page') return undefined;
      const page = session.browser.name === 'Chromium' ? session.browser.getPage?.(session.id) : undefined;
      if (!page?.browser) return { unsupported: true };
      const tab = await page.browser().newPage();
      const pageErrors = [];
      const consoleErrors = [];
      tab.on('pageerror', (e) => pageErrors.push(String(e?.message ?? e)));
      tab.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      try {
        const url = pathToFileURL(fileURLToPath(new URL(payload.path, import.meta.url))).href;
        const results = [];
        for (let i = 0; i < (payload.loads ?? 1); i++) {
          await (i ? tab.reload() : tab.goto(url));
          await tab.waitForFunction('window.__result !== undefined', { timeout: 10000 });
          results.push(await tab.evaluate('window.__result'));
        }
        return { url, results, pageErrors, consoleErrors };
      } finally {
        await tab.close();
      }
    },
  };
}

const browsers = (process.env.BROWSERS || 'chromium,firefox').split(',').map((b) => ({ chromium, firefox })[b.trim()]);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [fixtureRoutes()],
  plugins: [
    emulateMediaFeatures(),
    filePages(),
    reactModules(),
    // No `target`: TS is transformed, JS (node_modules, dist/) is served as built.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers,
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  reporters: [defaultReporter(), countReporter()],
  // A test takes well under a second on a quiet machine; the margin is for a loaded CI machine,
  // where a frame that loads the library, compiled on first request, can take seconds.
  testFramework: { config: { timeout: 15000 } },
};

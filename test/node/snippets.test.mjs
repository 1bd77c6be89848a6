// Every snippet of README.md and docs/*.md works as written (`npm run build` must have run):
//
// - each ```html block runs on a blank page of a static site that holds the drop-in folder at
//   `/cookie-consent/`, as the README tells a site to copy it (`npm run drop-in` writes it);
// - each ```ts / ```js / ```tsx block is a program of a Vite app made from create-vite's vanilla-ts
//   template, with its strict tsconfig, which installs the package from its packed tarball: the
//   program must pass `tsc`, build, and run (a ```tsx one with React, as create-vite's react-ts
//   template compiles it: JSX with React's automatic runtime).
//
// A block that holds only markup for the element (no page, no library script) runs after the two
// lines every page needs. An HTML comment right before a fence says more about the block:
// `<!-- snippet: fragment -->` (not a whole page or program: not run) and
// `<!-- snippet: index.html -->` (the body of the app's page for the programs after it in the file),
// `<!-- snippet: head -->` (what the app's page has in `<head>` for the programs after it in the
// file; the app has `consent-mode.js` in its `public/`, copied from the package as
// docs/consent-mode.md says)
// and `<!-- snippet: node -->` (a server for Node, run beside the app: it listens on `PORT`, and
// answers with consent-dependent pages, asked once without a decision and once with one: the
// page must ask, in a comment or with the banner Lit SSR wrote, only without).
//
// The pages run in Chromium (playwright-core, the system's browser). Nothing leaves the machine:
// a request to any other host fails, as an ad blocker or a network error would make it fail, and
// the site's own scripts that a snippet names (`/js/metrics.js`) are empty stand-ins. A page
// passes when nothing throws, nothing is logged as an error or a warning (but the failed
// requests to other hosts), the banner shows, nothing gated is requested or run before the
// visitor accepts, and everything gated is once they do.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeDropIn } from '../../scripts/drop-in.mjs';
import { parseRecord } from '../../dist/core/record-codec.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What every page needs before the element, as the README's script-tag section writes it. */
const HEAD = `<style>cookie-consent:not(:defined){display:none}</style>
<script src="/cookie-consent/cookie-consent.iife.js" defer></script>`;

/** The fenced blocks of a Markdown file: { file, line, lang, code, marker }. */
function blocks(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, lang] = open;
    const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
    const code = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n');
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const marker = /^\s*<!-- snippet: ([\w.-]+) -->\s*$/.exec(lines[before] ?? '')?.[1];
    found.push({ file: relative(root, file), line: i + 1, lang, code, marker });
    i = end;
  }
  return found;
}

const docs = [join(root, 'README.md'), ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => join(root, 'docs', f))];
const all = docs.flatMap(blocks);
for (const b of all) {
  if (b.marker && !['fragment', 'index.html', 'head', 'node'].includes(b.marker)) throw new Error(`${b.file}:${b.line}: unknown marker "${b.marker}"`);
}
const pageSnippets = all.filter((b) => b.lang === 'html' && !b.marker);
const programs = all
  .filter((b) => ['ts', 'js', 'tsx'].includes(b.lang) && b.marker !== 'fragment' && b.marker !== 'node')
  .map((b) => {
    const last = (marker) => all.filter((p) => p.file === b.file && p.marker === marker && p.line < b.line).at(-1)?.code ?? '';
    return { ...b, body: last('index.html'), head: last('head') };
  });
const where = (b) => `${b.file}:${b.line}`;

/** A whole page for an html snippet. */
function pageOf(code) {
  if (/<!doctype|<html/i.test(code)) return code;
  const loadsLibrary = /<script[^>]+src="[^"]*\/cookie-consent\/cookie-consent\.(iife|bundle)\.js"/.test(code);
  const element = /<cookie-consent[\s>]/.test(code) ? '' : '<cookie-consent></cookie-consent>\n';
  const body = loadsLibrary ? code : `${HEAD}\n${element}${code}`;
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Snippet</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A static server: `routes` first (path → page), then files under `dir`; an unknown .js is an empty script. */
function serve(dir, routes = new Map()) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (routes.has(path)) return send(200, 'text/html', routes.get(path));
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (file.startsWith(dir) && existsSync(file) && !file.endsWith('/')) {
      try {
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
      } catch {
        // a folder: fall through
      }
    }
    if (path.endsWith('.js')) return send(200, 'text/javascript', '// the site\'s own script, stood in for\n');
    if (['/privacy', '/datenschutz'].includes(path)) return send(200, 'text/html', '<!doctype html><title>Privacy</title><p>Privacy policy</p>');
    return send(404, 'text/plain', 'not found');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

let browser;
const tmp = mkdtempSync(join(tmpdir(), 'cookie-consent-snippets-'));
before(async () => {
  browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS, timeout: 60_000 });
});
after(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * Opens `url` in a fresh profile; answers the page and what it did: uncaught errors, console
 * errors and warnings, and every URL it requested (another host's requests fail).
 */
async function open(url) {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requested = [];
  await context.route('**/*', (route) => {
    const request = route.request().url();
    requested.push(request);
    return new URL(request).origin === origin ? route.continue() : route.abort('failed');
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (!['error', 'warning'].includes(m.type())) return;
    const at = m.location()?.url ?? '';
    // the requests to other hosts fail here on purpose
    if (/^Failed to load resource/.test(m.text()) && at && new URL(at).origin !== origin) return;
    problems.push(`console.${m.type()}: ${m.text()}${at ? ` (${at})` : ''}`);
  });
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).origin === origin) problems.push(`request failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems, requested };
}

/** The gated elements not activated yet. */
const pendingGated = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-consent]')]
      .filter((el) =>
        el instanceof HTMLScriptElement ? el.type === 'text/plain'
        : el instanceof HTMLTemplateElement ? true
        : el.hasAttribute('data-src') && !el.hasAttribute('src'))
      .map((el) => el.outerHTML.slice(0, 120)),
  );

/** The URLs gated markup names in `data-src`, resolved against the page. */
const gatedUrls = (page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-consent][data-src]')].map((el) => new URL(el.getAttribute('data-src'), location.href).href));

/** Whether a snippet (with the page it runs in) puts a `<cookie-consent>` on the page: as markup or as React's component. */
const hasElement = (text) => /<cookie-consent|<CookieConsent/.test(text);

/** Polls `check` every 20 ms until it is true or `ms` have passed; answers its last answer. */
async function poll(check, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
}

/** Waits for the element's first drawing; answers whether its banner shows. */
async function bannerShows(page) {
  await page.waitForFunction(() => customElements.get('cookie-consent'), null, { timeout: 10_000 });
  return page.evaluate(async () => {
    const el = document.querySelector('cookie-consent');
    await el.ready;
    await el.updateComplete;
    const banner = el.shadowRoot.querySelector('[part~="banner"]');
    const box = banner?.getBoundingClientRect();
    return Boolean(el.open && box && box.width > 0 && box.height > 0);
  });
}

/** Accepts as a visitor, then waits until every gated element has run or loaded. */
async function acceptAndWaitForGated(page) {
  await page.locator('cookie-consent [part~="accept-button"]').first().click();
  await page.waitForFunction(() => document.querySelector('cookie-consent').consent !== null, null, { timeout: 5_000 });
  const deadline = Date.now() + 5_000;
  let pending = await pendingGated(page);
  while (pending.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    pending = await pendingGated(page);
  }
  return pending;
}

describe('the drop-in snippets, on a blank page of a static site with the drop-in folder', () => {
  let server;
  let origin;
  const routes = new Map();
  before(async () => {
    writeDropIn(join(tmp, 'drop-in'));
    pageSnippets.forEach((b, i) => routes.set(`/snippet/${i}.html`, pageOf(b.code)));
    server = await serve(join(tmp, 'drop-in'), routes);
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server?.close());

  test('there are snippets to run: the README shows the script tag, the npm import and the classic notice', () => {
    const readme = pageSnippets.filter((b) => b.file === 'README.md').map((b) => b.code).join('\n');
    assert.match(readme, /<script src="\/cookie-consent\/cookie-consent\.iife\.js" defer><\/script>/);
    assert.match(readme, /mode="notice" days="20" accept-label="Accept !" policy-href="\/privacy" policy-label="Learn More">Our website uses cookies to enhance your experience\.<\/cookie-consent>/);
    assert.ok(programs.some((p) => p.file === 'README.md' && /from 'cookie-consent-element'/.test(p.code)), 'the README has an npm program');
  });

  pageSnippets.forEach((b, i) => {
    test(`${where(b)} runs as written`, async () => {
      const { context, page, problems, requested } = await open(`${origin}/snippet/${i}.html`);
      try {
        const urls = await gatedUrls(page);
        const element = hasElement(routes.get(`/snippet/${i}.html`));
        if (element) {
          await page.waitForSelector('cookie-consent', { state: 'attached', timeout: 10_000 });
          assert.ok(await bannerShows(page), 'the banner shows');
          assert.deepEqual(urls.filter((u) => requested.includes(u)), [], 'nothing gated was requested before consent');
          const pending = await acceptAndWaitForGated(page);
          assert.deepEqual(pending, [], 'everything gated ran or loaded once accepted');
          for (const url of urls) assert.ok(requested.includes(url), `${url} was requested once accepted`);
        }
        await page.waitForTimeout(100); // what the decision started
        if (!element) assert.equal(await page.locator('cookie-consent').count(), 0, 'no <cookie-consent>: the page has none');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  });

  test("the README's notice followed literally, with its gated script: the notice, a 20-day cookie on \"Accept !\", the script runs", async () => {
    const readme = pageSnippets.filter((b) => b.file === 'README.md');
    const notice = readme.find((b) => b.code.includes('mode="notice"'));
    const gated = readme.find((b) => b.code.includes('data-consent="analytics"'));
    routes.set('/notice.html', pageOf(`${notice.code}\n${gated.code}`));
    const { context, page, problems, requested } = await open(`${origin}/notice.html`);
    try {
      assert.ok(await bannerShows(page), 'the notice shows');
      const seen = await page.evaluate(() => {
        const root = document.querySelector('cookie-consent').shadowRoot;
        const link = root.querySelector('[part~="policy-link"]');
        const heading = root.querySelector('[part~="heading"]').getBoundingClientRect();
        return {
          buttons: [...root.querySelectorAll('[part~="banner"] button')].map((b) => b.textContent.trim()),
          link: [link.textContent.trim(), link.getAttribute('href')],
          message: document.querySelector('cookie-consent').textContent.trim(),
          headingHidden: heading.width <= 1 && heading.height <= 1,
          analytics: typeof window.analytics,
        };
      });
      assert.deepEqual(seen.buttons, ['Accept !'], 'one button');
      assert.deepEqual(seen.link, ['Learn More', '/privacy']);
      assert.equal(seen.message, 'Our website uses cookies to enhance your experience.');
      assert.ok(seen.headingHidden, 'the heading is hidden visually');
      assert.equal(seen.analytics, 'undefined', 'the gated script waits');
      assert.ok(!requested.some((u) => u.includes('analytics.js')), 'analytics.js not requested yet');

      const clicked = Date.now();
      await page.getByRole('button', { name: 'Accept !' }).click();
      await page.waitForFunction(() => typeof window.analytics === 'function', null, { timeout: 5_000 });
      const cookie = (await context.cookies()).find((c) => c.name === 'cookie_consent');
      assert.ok(cookie, 'the decision is in the cookie cookie_consent');
      const days = (cookie.expires * 1000 - clicked) / 864e5;
      assert.ok(Math.abs(days - 20) < 0.01, `the cookie lasts 20 days (${days.toFixed(3)})`);
      // the record in its stored form (docs/cookie.md), read by the built library's parser
      const record = parseRecord(decodeURIComponent(cookie.value));
      assert.equal(record.cause, 'acknowledge');
      assert.equal(record.exp, new Date(Date.parse(record.ts) + 20 * 864e5).toISOString(), 'the record lasts 20 days');
      assert.deepEqual(await page.evaluate(() => window.analytics.q.map((args) => [...args])), [['init', 'SITE-ID']], 'the gated script ran');
      assert.ok(requested.some((u) => u.endsWith('/analytics.js')), 'analytics.js requested once accepted');
      assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').open), false, 'the notice is gone');
      await page.waitForTimeout(100);
      assert.deepEqual(problems, [], 'nothing thrown, although analytics.js cannot load');
    } finally {
      await context.close();
    }
  });

  test('the drop-in folder holds the drop-in files and their licences, nothing else; the archive holds the folder', () => {
    const folder = join(tmp, 'drop-in', 'cookie-consent');
    const files = readdirSync(folder, { recursive: true }).map(String).filter((f) => f.includes('.')).sort();
    assert.deepEqual(files.filter((f) => !/^(cookie-consent\.[\w.-]+\.js|consent-mode\.js|i18n\/[\w-]+\.js|LICENSE\.txt)$/.test(f)), []);
    for (const file of ['cookie-consent.iife.js', 'cookie-consent.bundle.js', 'cookie-consent.preferences-dialog.js', 'cookie-consent.preferences-dialog.iife.js', 'cookie-consent.google-consent-mode.js', 'consent-mode.js', 'i18n/de.js']) {
      assert.ok(files.includes(file), file);
    }
    assert.ok(!files.some((f) => readFileSync(join(folder, f), 'utf8').includes('sourceMappingURL')), 'no file points at a source map');
    const archive = readdirSync(join(tmp, 'drop-in')).find((f) => f.endsWith('.tar.gz'));
    const listed = execFileSync('tar', ['-tzf', join(tmp, 'drop-in', archive)], { encoding: 'utf8' }).split('\n').filter((f) => f && !f.endsWith('/'));
    assert.deepEqual(listed.sort(), files.map((f) => `cookie-consent/${f}`));
  });
});

describe('the npm programs, in a Vite + TypeScript app that installs the packed package', () => {
  let server;
  let origin;
  const app = join(tmp, 'app');

  before(async () => {
    // the package as npm would publish it (`npm test` built dist/ already: no prepack here)
    const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8' }))[0];
    const tarball = join(tmp, packed.filename);
    // installed without the network: the tarball unpacked where npm would put it, and its
    // dependencies (and the app's tools) linked from this repository's node_modules
    const own = join(app, 'node_modules', 'cookie-consent-element');
    mkdirSync(own, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', own, '--strip-components=1']);
    const { dependencies } = JSON.parse(readFileSync(join(own, 'package.json'), 'utf8'));
    // React for the ```tsx programs and Lit SSR for the servers: the package's optional peers,
    // which such an app installs
    for (const name of [...Object.keys(dependencies), 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom', '@lit-labs/ssr']) {
      mkdirSync(join(app, 'node_modules', name, '..'), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'snippet-app', private: true, type: 'module', dependencies: { 'cookie-consent-element': `file:${tarball}` } }, null, 2));
    // create-vite's vanilla-ts template, with `strict` (TypeScript 6's default) and the
    // side-effect import check of its earlier versions
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'es2023', module: 'esnext', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: ['vite/client'],
        allowArbitraryExtensions: true, skipLibCheck: true,
        moduleResolution: 'bundler', allowImportingTsExtensions: true, verbatimModuleSyntax: true, moduleDetection: 'force', noEmit: true,
        jsx: 'react-jsx',
        strict: true, noUnusedLocals: true, noUnusedParameters: true, erasableSyntaxOnly: true, noFallthroughCasesInSwitch: true, noUncheckedSideEffectImports: true,
      },
      include: ['src'],
    }, null, 2));
    mkdirSync(join(app, 'src'));
    // the Consent Mode bootstrap where docs/consent-mode.md puts it: found through the package's
    // `exports`, copied to `public/` (which Vite serves and copies as it is)
    mkdirSync(join(app, 'public'));
    copyFileSync(createRequire(join(app, 'package.json')).resolve('cookie-consent-element/consent-mode.js'), join(app, 'public', 'consent-mode.js'));
    const input = {};
    programs.forEach((p, i) => {
      writeFileSync(join(app, 'src', `snippet-${i}.${p.lang}`), `${p.code}\n`);
      writeFileSync(join(app, `page-${i}.html`), `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Vite + TS</title>
    ${p.head}
  </head>
  <body>
    <div id="app">${p.body}</div>
    <script type="module" src="/src/snippet-${i}.${p.lang}"></script>
  </body>
</html>
`);
      input[`page-${i}`] = join(app, `page-${i}.html`);
    });
    const warnings = [];
    const { build, createLogger } = await import('vite');
    const logger = createLogger('warn');
    logger.warn = (message) => warnings.push(message);
    logger.warnOnce = (message) => warnings.push(message);
    await build({ root: app, configFile: false, logLevel: 'warn', customLogger: logger, oxc: { jsx: { runtime: 'automatic' } }, build: { outDir: join(app, 'dist'), rolldownOptions: { input } } });
    assert.deepEqual(warnings, [], 'vite build warns about nothing');
    server = await serve(join(app, 'dist'));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server?.close());

  test('the programs pass tsc under the template\'s strict tsconfig (noUnusedLocals and all)', () => {
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(app, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (error) {
      const names = programs.map((p, i) => [`src/snippet-${i}.${p.lang}`, where(p)]);
      let output = `${error.stdout}${error.stderr}`;
      for (const [file, at] of names) output = output.replaceAll(file, `${file} (${at})`);
      assert.fail(`tsc:\n${output}`);
    }
  });

  programs.forEach((p, i) => {
    test(`${where(p)} runs as written`, async () => {
      const { context, page, problems } = await open(`${origin}/page-${i}.html`);
      const logged = [];
      page.on('console', (m) => m.type() === 'log' && logged.push(m.text()));
      try {
        const element = hasElement(`${p.body}\n${p.code}`);
        if (element) {
          await page.waitForSelector('cookie-consent', { state: 'attached', timeout: 10_000 });
          assert.ok(await bannerShows(page), 'the banner shows');
          const pending = await acceptAndWaitForGated(page);
          assert.deepEqual(pending, [], 'everything gated ran or loaded once accepted');
          if (/whenGranted\('analytics'\)/.test(p.code)) {
            const resolved = await poll(() => logged.some((l) => l.startsWith('analytics allowed')));
            assert.ok(resolved, `whenGranted('analytics') resolved once accepted: ${logged}`);
          }
        }
        if (/consent-mode\.js/.test(p.head)) {
          const commands = () => page.evaluate(() => (window.dataLayer ?? []).map((args) => [...args].slice(0, 2).join(' ')));
          await page.waitForFunction(() => (window.dataLayer ?? []).some((args) => args[0] === 'consent' && args[1] === 'update'), null, { timeout: 5_000 })
            .catch(async () => assert.fail(`the element pushed no update on accept: ${await commands()}`));
          assert.equal((await commands())[0], 'consent default', 'consent-mode.js in <head> pushed the default first');
        }
        await page.waitForTimeout(100);
        if (!element) assert.equal(await page.locator('cookie-consent').count(), 0, 'no <cookie-consent>: the program uses none');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  });

  for (const b of all.filter((s) => s.marker === 'node')) {
    test(`${where(b)} runs in Node as written: the page follows the decision in the Cookie header`, async () => {
      const file = join(app, `server-${b.line}.mjs`);
      writeFileSync(file, `${b.code}\n`);
      const port = 20000 + (b.line % 10000);
      const child = spawn(process.execPath, [file], { cwd: app, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      try {
        const get = async (cookie) => {
          for (let i = 0; ; i++) {
            try {
              return await (await fetch(`http://127.0.0.1:${port}/`, { headers: cookie ? { cookie } : {} })).text();
            } catch (e) {
              if (i > 100 || child.exitCode != null) throw new Error(`the server did not answer: ${stderr || e}`);
              await new Promise((r) => setTimeout(r, 50));
            }
          }
        };
        const { encodeRecord } = await import(join(app, 'node_modules', 'cookie-consent-element', 'dist', 'core', 'record-codec.js'));
        const ts = Date.now();
        const granted = encodeRecord({ v: 1, id: '6f1c0a8e-2c1d-4b8e-9d4f-0a1b2c3d4e5f', ts: new Date(ts).toISOString(), exp: new Date(ts + 30 * 864e5).toISOString(), rev: '', mode: 'opt-in', granted: ['necessary', 'analytics'], denied: [], cause: 'save', gpc: false });
        const without = await get();
        const withConsent = await get(`cookie_consent=${encodeURIComponent(granted)}`);
        assert.match(without, /<cookie-consent/);
        assert.doesNotMatch(without, /analytics\.js/, 'no tag without a decision');
        assert.match(withConsent, /analytics\.js/, 'the tag once analytics is granted');
        // the server says whether the banner shows: written into the page (Lit SSR), or in a comment
        const asks = (page) => /shadowrootmode="open"[\s\S]*part="banner"|the banner will ask/.test(page);
        assert.ok(asks(without), 'without a decision, the page asks');
        assert.ok(!asks(withConsent), 'with one, it does not');
      } finally {
        child.kill();
      }
    });
  }

  test("the packed package holds dist/, its declarations, the manifest, the editors' data and the licence", () => {
    const own = join(app, 'node_modules', 'cookie-consent-element');
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/cookie-consent.iife.js', 'dist/consent-mode.js', 'dist/frameworks/react.js', 'custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json', 'LICENSE', 'README.md']) {
      assert.ok(existsSync(join(own, file)), file);
    }
  });
});

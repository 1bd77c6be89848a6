import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** The project's root, which the routes serve files from. */
const root = new URL('../../', import.meta.url);

// Policies for `/csp/<name>/<path>`: the nonce every fixture under it carries is `gate123`.
const policies = {
  nonce: "script-src 'nonce-gate123'; style-src 'self'",
  // nonce and 'strict-dynamic', no Trusted Types
  dynamic: "script-src 'nonce-gate123' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'",
  // 'dynamic' without base-uri: a <base> slipped into the markup is obeyed
  anybase: "script-src 'nonce-gate123' 'strict-dynamic'; style-src 'self'; object-src 'none'",
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
 * - `/lit-ssr/<page>.html` serves `test/fixtures/lit-ssr/<page>.html` with `<!--lit-ssr-->` replaced
 *   by a `<cookie-consent>` that Lit SSR rendered for the request's `Cookie` header
 *   (`render-lit-ssr.mjs`; the server keeps what it served by URL: give each visit a query of its own),
 *   or for no cookie with `?cached` (a page cached for everyone), with `?lang=<code>` as the element's `lang`;
 * - `/beacon` receives consent logs (POST) and answers what it received since the last GET, one
 *   log per browser (by User-Agent: the browsers run side by side).
 */
export function fixtureRoutes() {
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
    const ssr = /^\/lit-ssr\/([\w-]+\.html)$/.exec(ctx.path);
    if (ssr) {
      const script = fileURLToPath(new URL('./render-lit-ssr.mjs', import.meta.url));
      ctx.type = 'html';
      ctx.body = await new Promise((resolve, reject) =>
        execFile(process.execPath, [script, ssr[1], 'cached' in ctx.query ? '' : ctx.get('cookie'), String(ctx.query.lang ?? '')], (error, stdout) => (error ? reject(error) : resolve(stdout))),
      );
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
      const [head, tail] = readFileSync(fileURLToPath(new URL(`.${stream[1]}`, root)), 'utf8').split('<!--split-->');
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
      const read = (path) => readFileSync(fileURLToPath(new URL(`.${path}`, root)), 'utf8');
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

/**
 * Renders the Lit SSR page of `test/fixtures/lit-ssr/` as a Lit SSR server would, from the
 * built `dist/frameworks/lit-ssr.js`: the `Cookie` header (argument 2) decides with
 * `readConsentCookie()` and `needsDecision()` whether the banner is written into the page.
 * Run as its own process by the `/lit-ssr/` route: Lit SSR's DOM shim fills Node's globals, which
 * the test server must not see. Prints the page.
 */
import { readFileSync } from 'node:fs';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { CookieConsentRenderer } from '../../dist/frameworks/lit-ssr.js';
import { needsDecision, readConsentCookie } from '../../dist/core.js';

const [page, cookie = '', lang = ''] = process.argv.slice(2);
const options = { categories: 'analytics' };
const open = needsDecision(readConsentCookie(cookie, options), options.categories);
const element = html`<cookie-consent ?open=${open} categories=${options.categories} heading="Cookies here" lang=${lang || nothing} .policyHref=${'/privacy'}>
  We use cookies for statistics.
</cookie-consent>`;
const rendered = await collectResult(render(element, { elementRenderers: [CookieConsentRenderer, LitElementRenderer] }));
process.stdout.write(readFileSync(new URL(`../fixtures/lit-ssr/${page}`, import.meta.url), 'utf8').replace('<!--lit-ssr-->', rendered));

// `cookie-consent-element/lit-ssr.js`: what Lit SSR writes for <cookie-consent> with the
// element's renderer, in Node (the built `dist/`). The page it makes is loaded in the browsers by
// test/frameworks/lit-ssr.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, LitElement } from 'lit';
// an app's own Lit element, registered before the renderer's module is imported
customElements.define('app-before', class extends LitElement { render() { return html`<b>before</b>`; } });
const { CookieConsentRenderer } = await import('../../dist/frameworks/lit-ssr.js');
customElements.define('app-after', class extends LitElement { render() { return html`<b>after</b>`; } });
import { en } from '../../dist/i18n/en.js';
import de from '../../dist/i18n/de.js';

const ssr = (template) => collectResult(render(template, { elementRenderers: [CookieConsentRenderer, LitElementRenderer] }));
/** The element's tag and its shadow root's markup, Lit's markers left out. */
const parts = (out) => {
  const text = out.replace(/<!--[^>]*-->/g, '');
  const [, tag, shadow = null] = /(<cookie-consent[^>]*>)(?:<template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template>)?/.exec(text);
  return { tag: tag.replace(/\s+/g, ' '), shadow, banner: shadow?.replace(/<style>[\s\S]*?<\/style>/, '') ?? null };
};
const warnings = async (run) => {
  const seen = [];
  const warn = console.warn;
  console.warn = (...args) => seen.push(args.join(' '));
  try {
    return { result: await run(), seen };
  } finally {
    console.warn = warn;
  }
};

test('open: the banner in a declarative shadow root, with its styles, as the element draws it', async () => {
  const { tag, shadow, banner } = parts(await ssr(html`<cookie-consent open categories="analytics" .policyHref=${'/privacy'}></cookie-consent>`));
  assert.equal(tag, '<cookie-consent open categories="analytics" policy-href="/privacy">');
  assert.match(shadow, /^<style>[\s\S]*\.banner[\s\S]*<\/style>/);
  assert.equal(
    banner,
    '<div class="root" lang="en" dir="ltr" data-theme="auto"><section part="banner" class="banner bottom" aria-labelledby="heading"><div class="inner"><div class="text">' +
      `<h2 id="heading" part="heading"><slot name="heading">${en.heading}</slot></h2><div part="message" class="message"><slot></slot>${en.message}` +
      ` <a part="policy-link" href="/privacy">${en.policy}</a></div></div><div part="actions" class="actions"><div class="pair">` +
      `<button type="button" part="button accept-button">${en.acceptAll}</button><button type="button" part="button reject-button">${en.rejectAll}</button></div>` +
      `<button type="button" part="button preferences-button" class="secondary">${en.preferences}</button></div><slot name="footer"></slot></div></section></div>`,
  );
});

test('not open (the visitor has decided): an empty shadow root for the element to draw in', async () => {
  const { tag, shadow } = parts(await ssr(html`<cookie-consent ?open=${false} categories="analytics" .noRevokeButton=${true}></cookie-consent>`));
  assert.equal(tag, '<cookie-consent categories="analytics" no-revoke-button>');
  assert.equal(shadow, '');
});

test("the app's own Lit elements render beside it, registered before or after it, and none is deferred", async () => {
  for (const open of [true, false]) {
    const out = (await ssr(html`<app-before></app-before><cookie-consent ?open=${open}></cookie-consent><app-after></app-after>`)).replace(/<!--[^>]*-->/g, '');
    assert.match(out, /<app-before><template shadowroot="open" shadowrootmode="open"><b>before<\/b><\/template><\/app-before>/, `open: ${open}`);
    assert.match(out, /<app-after><template shadowroot="open" shadowrootmode="open"><b>after<\/b><\/template><\/app-after>/, `open: ${open}`);
    assert.ok(!out.includes('defer-hydration'), out);
  }
});

test('a property with no text is left out with one warning, never a thrown error; .lang is written once', async () => {
  const { result, seen } = await warnings(() => ssr(html`<cookie-consent open .heading=${Object.create(null)} .lang=${'de'}></cookie-consent>`));
  const { tag, banner } = parts(result);
  assert.equal(tag, '<cookie-consent lang="de" open>');
  assert.deepEqual(seen, ['<cookie-consent>: the value of heading cannot be read as text; it is left out.']);
  assert.ok(banner.includes(`<slot name="heading">${de.heading}</slot>`), banner);
});

test('its attributes and texts are text: markup in them is escaped, in the tag and in the banner', async () => {
  const evil = '"><img src=x onerror=alert(1)>';
  const { tag, banner } = parts(await ssr(html`<cookie-consent open heading=${evil} accept-label=${evil} .message=${'<b>bold</b>'}></cookie-consent>`));
  assert.equal(tag, '<cookie-consent open heading="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;" accept-label="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;" message="&#60;b&#62;bold&#60;/b&#62;">');
  assert.ok(!/<img|<b>/.test(banner), banner);
  assert.ok(banner.includes('<slot name="heading">&#34;&#62;&#60;img src=x onerror=alert(1)&#62;</slot>'), banner);
  assert.ok(banner.includes('&#60;b&#62;bold&#60;/b&#62;'), banner);
});

test('bad values: the documented default and one warning, as in the browser; a script URL is no link', async () => {
  const { result, seen } = await warnings(() =>
    ssr(html`<cookie-consent open position="sideways" theme="neon" mode="always" policy-href=" javascript:alert(1)"></cookie-consent>`),
  );
  const { banner } = parts(result);
  assert.match(banner, /^<div class="root" lang="en" dir="ltr" data-theme="auto"><section part="banner" class="banner bottom"/);
  assert.ok(banner.includes('Reject all') && !banner.includes('<a '), banner);
  assert.deepEqual(seen, [
    '<cookie-consent>: mode="always" is not valid; using opt-in.',
    '<cookie-consent>: position="sideways" is not valid; using bottom.',
    '<cookie-consent>: theme="neon" is not valid; using auto.',
    '<cookie-consent>: policy-href="javascript:alert(1)" is not valid; using no link.',
  ]);
});

test('lang, mode, position and theme: a notice in German at the top, dark, with no Preferences button', async () => {
  const { banner } = parts(await ssr(html`<cookie-consent open lang="de-AT" mode="notice" position="top" theme="dark"></cookie-consent>`));
  assert.match(banner, /^<div class="root" lang="de" dir="ltr" data-theme="dark"><section part="banner" class="banner top"/);
  assert.ok(banner.includes('<h2 id="heading" part="heading" class="sr-only">'), banner);
  assert.ok(banner.includes(`<button type="button" part="button accept-button">${de.acknowledge}</button>`), banner);
  assert.ok(!banner.includes('reject-button') && !banner.includes('preferences-button'), banner);
});

test("a warning quotes a value so that a server's log and terminal show it as it is, in a line of bounded length", async () => {
  // U+009B begins a control sequence in terminals that read C1 controls (as ESC [ does): here, clear the screen;
  // U+202E turns the rest of the line around where it is shown
  const hostile = 'sideways\u009b2J\u202e.tsal eht si gninraw sihT';
  const huge = `neon${'x'.repeat(1_000_000)}`;
  const { seen } = await warnings(() => ssr(html`<cookie-consent open position=${hostile} theme=${huge}></cookie-consent>`));
  assert.equal(seen.length, 2, seen.join('\n').slice(0, 500));
  assert.equal(seen[0], '<cookie-consent>: position="sideways\\u009b2J\\u202e.tsal eht si gninraw sihT" is not valid; using bottom.');
  assert.ok(seen[1].startsWith('<cookie-consent>: theme="neonxxx'), seen[1].slice(0, 100));
  assert.ok(seen[1].endsWith(`… (${huge.length} characters)" is not valid; using auto.`), seen[1].slice(-100));
  assert.ok(seen[1].length < 400, `${seen[1].length} characters`);
});

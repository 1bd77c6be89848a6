// The production build of the demo (issue 8, `npm run build:demo`, which `npm test` runs first)
// works as static files from any web server and any sub-path: every demo page was built, and
// every file a built page names is in the built folder, by a relative URL.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'dist-demo');

const htmlUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)));

/** The URLs an HTML page's tags load or link to: src, href, data-src (gated markup). */
const urlsIn = (text) =>
  [...text.matchAll(/<[a-z][^>]*>/gi)].flatMap(([tag]) => [...tag.matchAll(/\s(?:src|href|data-src)="([^"]*)"/g)].map((m) => m[1]));

test('dist-demo/ exists (npm run build:demo)', () => {
  assert.ok(existsSync(join(out, 'demo', 'index.html')), 'run npm run build:demo');
});

test('every demo page is built, at the same path', () => {
  for (const page of htmlUnder(join(root, 'demo'))) assert.ok(existsSync(join(out, page)), `${page} is built`);
});

test('every file a built page names is in dist-demo/, by a relative URL', () => {
  for (const page of htmlUnder(out)) {
    const text = readFileSync(join(root, page), 'utf8');
    for (const url of urlsIn(text)) {
      if (/^(#|[a-z]+:|$)/i.test(url)) continue; // fragments, other schemes
      assert.ok(!url.startsWith('/'), `${page}: ${url} is relative (the site may sit under a sub-path)`);
      const target = join(dirname(join(root, page)), url.split(/[?#]/)[0]);
      assert.ok(target.startsWith(out), `${page}: ${url} stays inside dist-demo/`);
      assert.ok(existsSync(target.endsWith('/') ? join(target, 'index.html') : target), `${page}: ${url} exists`);
    }
  }
});

test('the drop-in files are there for the configurator’s snippet', () => {
  for (const file of ['cookie-consent.iife.js', 'cookie-consent.bundle.js', 'consent-mode.js', 'i18n/fr.js']) {
    assert.ok(existsSync(join(out, 'dist', file)), file);
  }
});

// What a search engine reads (Lighthouse's SEO audits `meta-description` and `link-text`): every
// page describes itself, and the banner's policy link says where it leads, not "Learn more".
test('every demo page has a meta description; every policy link a descriptive text', () => {
  for (const page of htmlUnder(join(root, 'demo'))) {
    const text = readFileSync(join(root, page), 'utf8');
    assert.match(text, /<meta name="description" content="[^"]{20,}">/, `${page}: a meta description`);
    for (const [tag] of text.matchAll(/<cookie-consent\s[^>]*policy-href[^>]*>/g)) {
      const label = /policy-label="([^"]*)"/.exec(tag)?.[1];
      assert.ok(label && !/^(learn more|more|here|click here|read more)$/i.test(label.trim()), `${page}: policy-label of ${tag}`);
    }
  }
});

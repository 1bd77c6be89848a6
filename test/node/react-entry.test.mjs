// `cookie-consent-element/react.js` (the React component, made with @lit/react) as built: the
// only module that imports React and @lit/react. The drop-in files, `.` and `./core.js` never load
// it, so a site without React neither downloads nor needs them. `npm run build` must have run.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The specifiers a built module imports (static and dynamic). */
const importsOf = (file) => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);

/** Every module of the package that `entry` loads, and every package it imports. */
function graph(entry) {
  const files = new Set();
  const packages = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(join(dist, entry));
  return { files: [...files].map((f) => f.slice(dist.length)), packages: [...packages] };
}

for (const entry of ['index.js', 'core.js', 'define.js', 'integrations/google-consent-mode/google-consent-mode.js']) {
  test(`${entry} never loads React or @lit/react`, () => {
    const { files, packages } = graph(entry);
    assert.ok(files.length > 1);
    assert.deepEqual(files.filter((f) => f.startsWith('frameworks/')), []);
    assert.deepEqual(packages.filter((p) => /^(react|react-dom|@lit\/react)($|\/)/.test(p)), []);
  });
}

test('./react.js loads React (the app’s) and @lit/react, and registers the element through define.js', () => {
  const { files, packages } = graph('frameworks/react.js');
  assert.ok(packages.includes('react'));
  assert.ok(packages.includes('@lit/react'));
  assert.ok(files.includes('define.js'));
});

test('the drop-in files hold no @lit/react code', () => {
  const dropIn = ['cookie-consent.bundle.js', 'cookie-consent.iife.js', 'cookie-consent.preferences-dialog.js', 'cookie-consent.preferences-dialog.iife.js', 'cookie-consent.google-consent-mode.js'];
  for (const file of dropIn) {
    assert.ok(existsSync(join(dist, file)), file);
    // names @lit/react keeps unminified, as React and Lit's server renderer read them
    assert.doesNotMatch(readFileSync(join(dist, file), 'utf8'), /suppressHydrationWarning|_\$litProps\$/, file);
  }
});

test("package.json: @lit/react is a dependency, React an optional peer (as @lit/react's own package has it)", () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.ok(pkg.dependencies['@lit/react']);
  assert.ok(pkg.peerDependencies.react);
  assert.equal(pkg.peerDependenciesMeta.react.optional, true);
  assert.equal(pkg.dependencies.react, undefined);
  assert.equal(pkg.exports['./react.js'].types, './dist/frameworks/react.d.ts');
  assert.ok(pkg.sideEffects.includes('./dist/frameworks/react.js'), 'importing it registers the element');
});

test("import { CookieConsent } from 'cookie-consent-element/react.js' in Node: a component that renders the tag", async () => {
  const { CookieConsent } = await import('cookie-consent-element/react.js');
  const { createElement } = await import('react');
  const { renderToString } = await import('react-dom/server');
  assert.equal(CookieConsent.displayName, 'CookieConsent');
  const html = renderToString(createElement(CookieConsent, { categories: 'analytics', onConsentChange: () => {} }));
  assert.match(html, /^<cookie-consent[\s>]/);
  assert.doesNotMatch(html, /onConsentChange/i, 'a listener is not markup');
});

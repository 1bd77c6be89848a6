// custom-elements.json (written by `cem analyze` in `npm run build`) as editors and tools read it
// from the installed package. `npm run build` must have run (`npm test` builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CookieConsentElement } from 'cookie-consent-element';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const element = (tag) => declarations.find((d) => d.tagName === tag);
const attribute = (name, tag = 'cookie-consent') => element(tag).attributes.find((a) => a.name === name);

test('enumerated attributes have union types in the manifest', () => {
  assert.equal(attribute('mode').type.text, "'opt-in' | 'opt-out' | 'notice'");
  assert.equal(attribute('position').type.text, "'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'center'");
  assert.equal(attribute('theme').type.text, "'auto' | 'light' | 'dark'");
  assert.equal(attribute('cookie-same-site').type.text, "'Lax' | 'Strict' | 'None'");
  assert.equal(attribute('storage').type.text, "'cookie' | 'local'");
  assert.equal(attribute('days').type.text, 'number');
});

test("<cookie-consent>: every attribute of the class's `static properties`, each with a type and a description", () => {
  const expected = Object.entries(CookieConsentElement.properties).map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : name));
  assert.deepEqual(element('cookie-consent').attributes.map((a) => a.name).sort(), expected.sort());
  for (const a of element('cookie-consent').attributes) {
    assert.ok(a.type?.text, `${a.name} has a type`);
    assert.ok(a.description, `${a.name} has a description`);
  }
  assert.equal(attribute('lang').type.text, 'string');
  assert.match(attribute('lang').description, /^Language of the texts/);
  assert.equal(attribute('days').default, '182', 'the value, not the name of the constant');
});

test('<cookie-consent>: the four events it dispatches, no inferred ones', () => {
  assert.deepEqual(
    element('cookie-consent').events.map((e) => [e.name, e.type.text]),
    [
      ['consent-ready', 'ConsentReadyEvent'],
      ['consent-change', 'ConsentChangeEvent'],
      ['consent-show', 'ConsentShowEvent'],
      ['consent-hide', 'ConsentHideEvent'],
    ],
  );
});

test('<cookie-consent>: each slot has its own description', () => {
  assert.deepEqual(
    element('cookie-consent').slots.map((s) => [s.name, s.description]),
    [
      ['', 'The banner message; replaces the built-in text and the `message` attribute.'],
      ['heading', 'The banner heading; replaces `heading`.'],
      ['footer', 'Extra content under the buttons.'],
    ],
  );
});

test('<cookie-consent>: every CSS custom property has a description, a default and a syntax', () => {
  const properties = element('cookie-consent').cssProperties;
  assert.ok(properties.length >= 12);
  for (const p of properties) {
    assert.match(p.name, /^--consent-/);
    assert.ok(p.description && p.default, p.name);
    assert.match(p.syntax, /^(<[a-z-]+>|\*)$/, `${p.name} has a syntax`);
    assert.equal(p.type, undefined, `${p.name}: the syntax is not a type (editors would offer it as a value)`);
  }
  const syntax = Object.fromEntries(properties.map((p) => [p.name, p.syntax]));
  assert.equal(syntax['--consent-bg'], '<color>');
  assert.equal(syntax['--consent-radius'], '<length-percentage>');
  assert.equal(syntax['--consent-z-index'], '<integer>');
  assert.equal(manifest.schemaVersion, '2.1.0', 'the schema version that has `syntax`');
});

test('<cookie-category> is declared, with each attribute <cookie-consent> reads from it', () => {
  const category = element('cookie-category');
  assert.ok(category?.customElement, '<cookie-category> is in the manifest');
  assert.ok(category.description && category.summary);
  assert.deepEqual(
    category.attributes.map((a) => [a.name, a.type.text]),
    [
      ['name', 'string'],
      ['label', 'string'],
      ['cookies', 'string'],
      ['required', 'boolean'],
      ['sale-or-share', 'boolean'],
      ['consent-mode', 'string'],
    ],
  );
  for (const a of category.attributes) assert.ok(a.description, `${a.name} has a description`);
  assert.equal(category.slots.length, 1);
  assert.equal(category.slots[0].name, '');
});

test('<cookie-service> is declared, with each attribute <cookie-consent> reads from it', () => {
  const service = element('cookie-service');
  assert.ok(service?.customElement && service.description && service.summary);
  assert.deepEqual(
    service.attributes.map((a) => [a.name, a.type.text]),
    [
      ['name', 'string'],
      ['label', 'string'],
      ['cookies', 'string'],
      ['policy-href', 'string'],
      ['sale-or-share', 'boolean'],
      ['consent-mode', 'string'],
    ],
  );
  for (const a of service.attributes) assert.ok(a.description, `${a.name} has a description`);
});

test('<cookie-declaration> is declared like the main element: its class, attributes, and where it is registered', () => {
  const declaration = element('cookie-declaration');
  assert.ok(declaration?.customElement && declaration.description && declaration.summary);
  assert.deepEqual(declaration.superclass, { name: 'HTMLElement' });
  assert.deepEqual(
    declaration.attributes.map((a) => [a.name, a.type?.text]),
    [
      ['for', 'string'],
      ['heading-level', 'number'],
      ['lang', 'string'],
    ],
  );
  for (const a of declaration.attributes) assert.ok(a.description, `${a.name} has a description`);
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
  assert.deepEqual(
    definitions.map((d) => [d.name, d.declaration.name, d.declaration.module]),
    [
      ['cookie-consent', 'CookieConsentElement', 'dist/components/cookie-consent/cookie-consent.js'],
      ['cookie-declaration', 'CookieDeclarationElement', 'dist/components/cookie-declaration/cookie-declaration.js'],
    ],
  );
});

test('module paths are those of the shipped dist/, not src/', () => {
  const paths = [];
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') paths.push(child);
        else walk(child);
      }
    }
  };
  walk(manifest.modules);
  assert.ok(paths.length > 50);
  assert.deepEqual(paths.filter((p) => !/^dist\/[\w/.-]+\.js$/.test(p)), []);
  const packed = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).files;
  assert.ok(packed.includes('dist'));
  // each module that declares something at run time is a module of the build; one that only
  // declares elements read from markup (an interface each, no class: `<cookie-category>`'s) has
  // its declaration file there
  for (const mod of manifest.modules) {
    if (!mod.declarations?.length) continue;
    const typesOnly = mod.declarations.every((d) => d.customElement && !d.superclass);
    const file = typesOnly ? mod.path.replace(/\.js$/, '.d.ts') : mod.path;
    assert.ok(existsSync(new URL(file, root)), `${file} is built`);
  }
  const consent = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === 'cookie-consent'));
  assert.equal(consent.path, 'dist/components/cookie-consent/cookie-consent.js');
});

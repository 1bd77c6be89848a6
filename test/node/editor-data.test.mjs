// The editor data files the package ships, generated from custom-elements.json by `npm run build`:
// `vscode.html-custom-data.json` (VS Code's `html.customData`), `vscode.css-custom-data.json`
// (`css.customData`) and `web-types.json` (JetBrains IDEs, through `"web-types"` in package.json).
// Every attribute of every element is there, with its values where they are a list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CookieConsentElement } from 'cookie-consent-element';

const root = new URL('../../', import.meta.url);
const read = (file) => JSON.parse(readFileSync(new URL(file, root), 'utf8'));
const pkg = read('package.json');

/**
 * Each element's attributes, as the code reads them: the class's `static properties`, what
 * `<cookie-consent>` reads from `<cookie-category>` and `<cookie-service>`, and what
 * `<cookie-declaration>` observes.
 */
const attributes = {
  'cookie-consent': Object.entries(CookieConsentElement.properties).map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : name)),
  'cookie-category': ['name', 'label', 'cookies', 'required', 'sale-or-share', 'consent-mode'],
  'cookie-service': ['name', 'label', 'cookies', 'policy-href', 'sale-or-share', 'consent-mode'],
  'cookie-declaration': ['for', 'heading-level', 'lang'],
};
const booleans = {
  'cookie-consent': Object.entries(CookieConsentElement.properties).filter(([, o]) => o.type === Boolean).map(([name, o]) => o.attribute ?? name),
  'cookie-category': ['required', 'sale-or-share'],
  'cookie-service': ['sale-or-share'],
  'cookie-declaration': [],
};
/** The enumerated attributes and their values. */
const values = {
  mode: ['opt-in', 'opt-out', 'notice'],
  position: ['bottom', 'top', 'bottom-left', 'bottom-right', 'center'],
  theme: ['auto', 'light', 'dark'],
  'cookie-same-site': ['Lax', 'Strict', 'None'],
  storage: ['cookie', 'local'],
};

test('package.json ships the files and points editors at them', () => {
  for (const file of ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json']) {
    assert.ok(pkg.files.includes(file), `"files" has ${file}`);
    assert.equal(pkg.exports[`./${file}`], `./${file}`, `"exports" has ./${file}`);
  }
  assert.equal(pkg['web-types'], './web-types.json');
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('vscode.html-custom-data.json: every element, every attribute, the values of the enumerated ones', () => {
  const data = read('vscode.html-custom-data.json');
  assert.equal(data.version, 1.1);
  const tags = Object.fromEntries(data.tags.map((t) => [t.name, t]));
  assert.deepEqual(Object.keys(tags).sort(), Object.keys(attributes).sort());
  for (const [tag, names] of Object.entries(attributes)) {
    assert.ok(tags[tag].description, `<${tag}> has a description`);
    const listed = Object.fromEntries(tags[tag].attributes.map((a) => [a.name, a]));
    assert.deepEqual(Object.keys(listed).sort(), [...names].sort(), `<${tag}>'s attributes`);
    for (const [name, a] of Object.entries(listed)) {
      assert.ok(a.description, `<${tag} ${name}> has a description`);
      assert.deepEqual(a.values.map((v) => v.name), (tag === 'cookie-consent' && values[name]) || [], `<${tag} ${name}>'s values`);
      assert.equal(a.valueSet, booleans[tag].includes(name) ? 'v' : undefined, `<${tag} ${name}> ${booleans[tag].includes(name) ? 'is' : 'is not'} a boolean attribute`);
    }
  }
  assert.match(tags['cookie-consent'].description, /consent-change/, 'the description lists the events');
  assert.doesNotMatch(tags['cookie-consent'].description, /\*\*preferences\*\*/, 'no inferred event');
});

test('vscode.css-custom-data.json: the custom properties and the parts', () => {
  const data = read('vscode.css-custom-data.json');
  assert.ok(data.properties.some((p) => p.name === '--consent-accent' && p.description));
  assert.ok(data.pseudoElements.some((p) => p.name === '::part(accept-button)' && p.description));
});

test('web-types.json: every element, every attribute, the values of the enumerated ones as a union type', () => {
  const data = read('web-types.json');
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  const elements = Object.fromEntries(data.contributions.html.elements.map((e) => [e.name, e]));
  assert.deepEqual(Object.keys(elements).sort(), Object.keys(attributes).sort());
  for (const [tag, names] of Object.entries(attributes)) {
    const listed = Object.fromEntries(elements[tag].attributes.map((a) => [a.name, a]));
    assert.deepEqual(Object.keys(listed).sort(), [...names].sort(), `<${tag}>'s attributes`);
    for (const [name, a] of Object.entries(listed)) {
      assert.ok(a.description, `<${tag} ${name}> has a description`);
      const union = tag === 'cookie-consent' && values[name];
      assert.equal(a.value.type, union ? union.map((v) => `'${v}'`).join(' | ') : booleans[tag].includes(name) ? 'boolean' : ['days', 'heading-level'].includes(name) ? 'number' : 'string', `<${tag} ${name}>'s type`);
    }
  }
  assert.deepEqual(elements['cookie-consent'].events.map((e) => e.name), ['consent-ready', 'consent-change', 'consent-show', 'consent-hide']);
  assert.deepEqual(elements['cookie-consent'].source, { symbol: 'CookieConsentElement', module: './dist/components/cookie-consent/cookie-consent.js' });
  assert.ok(data.contributions.css.properties.some((p) => p.name === '--consent-bg'));
});

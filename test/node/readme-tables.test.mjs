// The tables of attributes, events, slots, parts and custom properties in README.md and docs/
// are the manifest's (`custom-elements.json`, generated from the element's JSDoc by the build):
// after a JSDoc change, `npm run docs` writes them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { pages, tables, withTables } from '../../scripts/readme-tables.mjs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const generated = tables(manifest);

for (const page of pages()) {
  const name = relative(root.pathname, page);
  test(`${name}: its tables are the manifest's (else \`npm run docs\`)`, () => {
    const text = readFileSync(page, 'utf8');
    assert.equal(text, withTables(text, generated, name));
  });
}

test("the README has the element's attributes, events, parts and custom properties", () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  for (const name of ['attributes', 'events', 'parts', 'css-properties']) {
    assert.match(readme, new RegExp(`<!-- ${name}:start -->\\n\\|`), `a ${name} table`);
  }
  // every attribute, by name, so that an attribute left out of the JSDoc shows here
  const attributes = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'cookie-consent').attributes;
  for (const attribute of ['mode', 'days', 'categories', 'policy-href', 'policy-label', 'lang', 'no-revoke-button']) {
    assert.ok(attributes.some((a) => a.name === attribute && a.description), `${attribute} is documented`);
  }
});

test('a table marker without its end, or with an unknown name, is an error', () => {
  assert.throws(() => withTables('<!-- parts:start -->\n', generated), /no end/);
  assert.throws(() => withTables('<!-- part:start -->\n<!-- part:end -->', generated), /no table is called "part"/);
});

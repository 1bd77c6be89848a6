// custom-elements.json (written by `cem analyze` in `npm run build`) as editors read it: each
// enumerated attribute carries the union of its values, declared once in the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'cookie-consent');
const attribute = (name) => element.attributes.find((a) => a.name === name);

test('enumerated attributes have union types in the manifest', () => {
  assert.equal(attribute('mode').type.text, "'opt-in' | 'opt-out' | 'notice'");
  assert.equal(attribute('position').type.text, "'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'center'");
  assert.equal(attribute('theme').type.text, "'auto' | 'light' | 'dark'");
  assert.equal(attribute('cookie-same-site').type.text, "'Lax' | 'Strict' | 'None'");
  assert.equal(attribute('storage').type.text, "'cookie' | 'local'");
  assert.equal(attribute('days').type.text, 'number');
});

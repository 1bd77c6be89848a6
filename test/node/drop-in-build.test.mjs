// The drop-in files as built (issue 6): what the browser is told about compiling them, and that
// their source maps still point at the right lines. `npm run build` must have run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const HINT = '//# allFunctionsCalledOnLoad\n';
const read = (file) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');

for (const entry of ['cookie-consent.bundle.js', 'cookie-consent.iife.js']) {
  test(`${entry} starts with V8's compile hint, and its source map skips that line`, () => {
    assert.ok(read(entry).startsWith(HINT), 'the hint is the first line');
    const map = JSON.parse(read(`${entry}.map`));
    assert.ok(map.mappings.startsWith(';'), 'no mapping on the hint line: the code is mapped from line 2');
  });
}

// Parts that may never run (the preferences, Consent Mode, a language) are compiled lazily.
for (const part of ['cookie-consent.preferences-dialog.js', 'cookie-consent.preferences-dialog.iife.js', 'cookie-consent.google-consent-mode.js', 'i18n/de.js']) {
  test(`${part}, loaded on demand, has no compile hint`, () => {
    assert.ok(!read(part).includes('allFunctionsCalledOnLoad'));
  });
}

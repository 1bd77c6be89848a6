// Server rendering (issue 7): the built npm entry points import in plain Node, without a DOM, and
// export what their types promise. Run by `npm test` after the browser suites (`node --test test/node/`);
// `npm run build` must have run (`npm test` builds first). Imported by the package's own name, so
// that the `exports` map is what resolves them.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const core = ['ConsentStore', 'normalizeDays', 'DEFAULT_DAYS', 'MAX_DAYS', 'getConsent', 'onConsentChange', 'whenGranted', 'activateGated', 'startGating', 'gatedCategories', 'ConsentChangeEvent'];
const entries = {
  'cookie-consent-element': [...core, 'CookieConsentElement', 'ConsentReadyEvent', 'ConsentShowEvent', 'ConsentHideEvent', 'enablePlaceholders', 'placeholderTexts'],
  'cookie-consent-element/core.js': core,
  'cookie-consent-element/define.js': ['CookieConsentElement', 'defineDeclaration'],
  'cookie-consent-element/declaration.js': ['CookieDeclarationElement', 'CookieConsentElement'],
  'cookie-consent-element/google-consent-mode.js': ['syncConsentMode', 'updateConsentMode', 'consentModeState', 'DEFAULT_CONSENT_MODE_MAPPING', 'CONSENT_TYPES', 'getDataLayer'],
};

test('there is no DOM here', () => {
  assert.equal(typeof document, 'undefined');
  assert.equal(typeof window, 'undefined');
});

for (const [entry, names] of Object.entries(entries)) {
  test(`import '${entry}' in Node without a DOM: no throw, the exports are there`, async () => {
    const module = await import(entry);
    for (const name of names) assert.notEqual(module[name], undefined, `${entry} exports ${name}`);
    assert.equal(typeof document, 'undefined', 'the import defined no document');
  });
}

test('./core.js has no Lit and no element', async () => {
  const module = await import('cookie-consent-element/core.js');
  assert.equal('CookieConsentElement' in module, false);
});

test('the page-wide functions answer on the server: no decision, nothing granted but necessary', async () => {
  const { getConsent, whenGranted } = await import('cookie-consent-element/core.js');
  assert.equal(getConsent(), null);
  let analytics = false;
  whenGranted('analytics').then(() => (analytics = true));
  await whenGranted('necessary');
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(analytics, false);
});

test('define.js registers the element where Lit’s server build provides a registry, once', async () => {
  const { CookieConsentElement } = await import('cookie-consent-element/define.js');
  await import('cookie-consent-element/define.js');
  if (globalThis.customElements) assert.equal(globalThis.customElements.get('cookie-consent'), CookieConsentElement);
  assert.equal(typeof CookieConsentElement, 'function');
});

test('declaration.js registers <cookie-declaration> where Lit’s server build provides a registry', async () => {
  const { CookieDeclarationElement } = await import('cookie-consent-element/declaration.js');
  if (globalThis.customElements) assert.equal(globalThis.customElements.get('cookie-declaration'), CookieDeclarationElement);
});

test('a store made on the server (no cookies, no storage) reads nothing and does not throw, now or later', async () => {
  const { ConsentStore } = await import('cookie-consent-element/core.js');
  const errors = [];
  const onError = (e) => errors.push(e);
  process.on('uncaughtException', onError);
  try {
    const store = new ConsentStore({ categories: 'analytics' });
    assert.equal(store.read(), null);
    assert.equal(store.isGranted('analytics'), false);
    assert.equal(store.isGranted('necessary'), true);
    await new Promise((r) => setTimeout(r, 20)); // it listens to other tabs from the next task
    store.close();
  } finally {
    process.off('uncaughtException', onError);
  }
  assert.deepEqual(errors.map(String), []);
});

test("a Node TypeScript project that imports ./core.js type-checks with the tsconfig docs/frameworks.md gives it (skipLibCheck off, the DOM's types in lib)", async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const app = mkdtempSync(join(tmpdir(), 'cookie-consent-node-types-'));
  try {
    mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
    symlinkSync(root, join(app, 'node_modules', 'cookie-consent-element'), 'dir');
    for (const name of ['@types/node', '@types/js-cookie', 'undici-types']) symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'server', private: true, type: 'module' }));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], strict: true, skipLibCheck: false, noEmit: true },
      include: ['server.ts'],
    }));
    writeFileSync(join(app, 'server.ts'), `import { needsDecision, readConsentCookie } from 'cookie-consent-element/core.js';
const consent = readConsentCookie('cookie_consent=x', { categories: 'analytics' });
console.log(needsDecision(consent, 'analytics'), consent?.granted.includes('analytics'));
`);
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc:\n${error.stdout}${error.stderr}`);
    }
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});

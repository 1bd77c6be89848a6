/**
 * Gated scripts slipped into a page (a comment, a CMS field) under a nonce-based CSP. With
 * `'strict-dynamic'` the browser trusts every script the library creates, so only the library
 * can keep them inert: the drop-in files activate only gated scripts carrying the nonce of their
 * own `<script>`. The site's own gated scripts (and the scripts of its templates), which carry
 * it, still run; nothing injected runs before or after a decision, and each refusal is one
 * warning. Served as `/csp/<policy>/…` (web-test-runner.config.mjs), nonce `gate123`.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { activateGated, setScriptNonce } from '../../src/core.js';
import { captureWarnings, clearStorage, closeStores, openFrame, openStore, sleep, until } from '../helpers.js';

interface Framed extends Window {
  ran: string[];
  warnings: string[];
  violations: string[];
  errors: string[];
}

const REFUSED = "a gated script without the page's nonce stays inert";

// 'dynamic': nonce and 'strict-dynamic'; 'strict' and 'named': the same with Trusted Types
// required (without and with a `trusted-types` directive); 'nonce': a nonce alone
for (const policy of ['dynamic', 'strict', 'named', 'nonce']) {
  for (const build of ['iife', 'bundle']) {
    describe(`injected gated scripts, ${build} build, ${policy} policy`, function () {
      this.timeout(20000);
      let frame: HTMLIFrameElement;
      afterEach(() => {
        frame?.remove();
        clearStorage();
      });

      it('run neither before nor after Accept all; the site’s own scripts do', async () => {
        frame = await openFrame(`/csp/${policy}/test/fixtures/security/injected-${build}.html?jar=${policy}_${build}`);
        const win = frame.contentWindow as Framed;
        const report = () => JSON.stringify({ ran: win.ran, warnings: win.warnings, violations: win.violations, errors: win.errors });
        await until(() => win.customElements.get('cookie-consent'), `the element to be defined ${report()}`);
        const el = win.document.querySelector('cookie-consent') as CookieConsentElement;
        expect(el.cookieName).to.equal(`sec_${policy}_${build}`);
        await until(() => el.shadowRoot?.querySelector('[part~="banner"]'), 'the banner');
        // `necessary` is granted at once: the injected one was refused then
        await until(() => win.warnings.some((w) => w.includes(REFUSED) && w.includes("ran.push('injected necessary')")), `the refusal ${report()}`);
        expect(win.ran, 'nothing ran before the decision').to.deep.equal([]);

        el.acceptAll();
        await until(() => win.ran.length >= 2, `the site's own scripts ${report()}`);
        await sleep(300); // an injected external script would have loaded by now
        expect(win.ran).to.deep.equal(['own analytics', 'own template']);
        const requested = win.performance.getEntriesByType('resource').map((e) => e.name);
        expect(requested.some((u) => u.includes('gadget.js')), 'the injected script URL requested').to.equal(false);
        const refused = win.warnings.filter((w) => w.includes(REFUSED));
        expect(refused, report()).to.have.length(4);
        expect(refused.some((w) => w.includes('data-src="/test/fixtures/security/gadget.js"'))).to.equal(true);
        expect(win.violations, 'violations').to.deep.equal([]);
        expect(win.errors, 'errors').to.deep.equal([]);
      });
    });
  }
}

describe('setScriptNonce(): an app that bundles the library gives it the nonce', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    clearStorage();
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    setScriptNonce('');
    host.remove();
    closeStores();
    clearStorage();
  });

  it('only gated scripts carrying it run; each other one is one warning', async () => {
    const ran: string[] = [];
    (window as { ranNonce?: string[] }).ranNonce = ran;
    setScriptNonce('app-nonce');
    host.innerHTML = `
      <script type="text/plain" data-consent="analytics" nonce="app-nonce">ranNonce.push('with')</script>
      <script type="text/plain" data-consent="analytics">ranNonce.push('without')</script>
      <script type="text/plain" data-consent="analytics" nonce="other">ranNonce.push('other')</script>`;
    const w = captureWarnings();
    try {
      const store = openStore({ categories: 'analytics' });
      store.read();
      store.acceptAll();
      activateGated(host);
      await sleep(50);
      activateGated(host); // a second pass warns no more
      await sleep(50);
      expect(ran).to.deep.equal(['with']);
      expect(w.messages.filter((m) => m.includes(REFUSED))).to.have.length(2);
    } finally {
      w.restore();
    }
  });

  it('an empty nonce lifts the rule', async () => {
    const ran: string[] = [];
    (window as { ranNonce?: string[] }).ranNonce = ran;
    setScriptNonce('');
    host.innerHTML = `<script type="text/plain" data-consent="analytics">ranNonce.push('without')</script>`;
    const store = openStore({ categories: 'analytics' });
    store.read();
    store.acceptAll();
    activateGated(host);
    await sleep(50);
    expect(ran).to.deep.equal(['without']);
  });
});

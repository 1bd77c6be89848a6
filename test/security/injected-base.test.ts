/**
 * A `<base href>` slipped into a comment, below the library's `<script>`: by the time a deferred
 * script or a module runs, `script.src` resolves against it. The drop-in files still load what
 * they load on demand from beside themselves, and the ES module still finds its own `<script>`
 * and the nonce rule with it.
 */
import { expect } from '@open-wc/testing';
import { clearStorage, closeFrames, openFrame, sleep, until } from '../helpers.js';

type Framed = Window & { ran: string[]; warnings: string[] };

describe('a <base href> slipped into the page', function () {
  this.timeout(20000);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('the classic script loads the declaration and the preferences from beside itself', async () => {
    const frame = await openFrame('/test/fixtures/security/injected-base-iife.html');
    const win = frame.contentWindow!;
    await until(() => win.customElements.get('cookie-declaration'), 'the declaration to load');
    await until(() => win.performance.getEntriesByType('resource').some((e) => e.name.includes('preferences-dialog')), 'the preferences to be prefetched');
    const parts = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('cookie-consent.'));
    expect(parts.filter((p) => !p.startsWith('/dist/')), 'loaded from elsewhere').to.deep.equal([]);
  });

  it('the ES module keeps the nonce rule: the site’s gated script runs, the injected one does not', async () => {
    const frame = await openFrame('/csp/anybase/test/fixtures/security/injected-base-bundle.html');
    const win = frame.contentWindow as Framed;
    await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
    await until(() => win.ran.includes('site'), 'the site’s gated script to run');
    await sleep(100);
    expect(win.ran).to.deep.equal(['site']);
    expect(win.warnings.filter((w) => w.includes('stays inert'))).to.have.length(1);
  });

  it('in an <iframe srcdoc> too, whose own URL is no base: the nonce rule holds', async () => {
    const host = await openFrame('/csp/anybase/test/fixtures/security/injected-base-srcdoc.html');
    const inner = host.contentDocument!.getElementById('f') as HTMLIFrameElement;
    await until(() => inner.contentWindow?.customElements?.get('cookie-consent'), 'the element to be defined');
    const win = inner.contentWindow as Framed;
    await until(() => win.ran?.includes('site'), 'the site’s gated script to run');
    await sleep(100);
    expect(win.ran).to.deep.equal(['site']);
  });
});

/**
 * `reload-on-revoke` reloads every open tab of the site that hears of a withdrawal, not only the
 * one where it was made: scripts that already ran there keep running (and re-create the cookies
 * the withdrawal deleted) until the page reloads.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, sleep, until } from '../helpers.js';

/** A same-origin frame of the fixture, counting its loads. */
function tab(): { frame: HTMLIFrameElement; loads: () => number; el: () => CookieConsentElement } {
  const frame = document.createElement('iframe');
  let loads = 0;
  frame.addEventListener('load', () => loads++);
  frame.src = '/test/fixtures/element/reload-on-revoke.html';
  document.body.append(frame);
  return { frame, loads: () => loads, el: () => frame.contentDocument!.querySelector('cookie-consent') as CookieConsentElement };
}

describe('reload-on-revoke in two tabs', function () {
  this.timeout(20000);
  beforeEach(clearStorage);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  it('a withdrawal in one reloads the other; a grant reloads neither', async () => {
    const a = tab();
    const b = tab();
    for (const t of [a, b]) {
      await until(() => t.loads() === 1 && t.frame.contentWindow!.customElements.get('cookie-consent'), 'a tab to load');
      await t.el().updateComplete;
    }
    await sleep(50); // the stores listen to other tabs from the next task
    a.el().acceptAll();
    await until(() => b.el().isGranted('analytics'), 'the grant to reach the other tab');
    await sleep(200);
    expect([a.loads(), b.loads()], 'loads after a grant').to.deep.equal([1, 1]);
    a.el().rejectAll();
    await until(() => a.loads() === 2 && b.loads() === 2, `both tabs to reload (loads: ${a.loads()}, ${b.loads()})`);
  });
});

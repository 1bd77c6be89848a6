/**
 * Markup slipped into a page (a comment, a CMS field) can hold a `<cookie-consent>` of its own:
 * no script and no nonce needed. Whatever it says (opt-out, its categories `required`, another
 * cookie, GPC), the site's gated markup runs only as the site's own element allows, and nothing
 * the visitor did not decide is stored.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { clearStorage, closeFrames, cookieRecord, earlierRecord, openFrame, sleep, until } from '../helpers.js';

type Framed = Window & { ran: string[] };

async function openPage(order: 'after' | 'before', variant = ''): Promise<{ win: Framed; site: CookieConsentElement }> {
  const frame = await openFrame(`/test/fixtures/security/injected-element-${order}.html?variant=${variant}`);
  const win = frame.contentWindow as Framed;
  await until(() => win.customElements.get('cookie-consent'), 'the element to be defined');
  const site = win.document.querySelector<CookieConsentElement>('cookie-consent[categories]')!;
  await site.updateComplete;
  await sleep(50); // any activation a pass would do, done
  return { win, site };
}

describe('a <cookie-consent> slipped into the page', function () {
  this.timeout(20000);
  afterEach(() => {
    closeFrames();
    clearStorage();
  });

  for (const order of ['after', 'before'] as const) {
    for (const variant of ['opt-out', 'opt-out-same-cookie', 'required']) {
      describe(`${variant}, ${order} the site's element`, () => {
        it('first visit: nothing gated runs before the visitor decides; Accept all runs it', async () => {
          const { win, site } = await openPage(order, variant);
          expect(site.open, 'the site asks').to.equal(true);
          expect(win.ran).to.deep.equal([]);
          site.acceptAll();
          await sleep(50);
          // (with another cookie, undecided and opt-in for marketing, it keeps marketing blocked:
          // markup can block, never allow)
          expect(win.ran).to.deep.equal(variant === 'required' ? ['site analytics'] : ['site analytics', 'site marketing']);
        });

        it('a visitor who rejected all: nothing gated runs', async () => {
          const rejected = earlierRecord({ granted: ['necessary'], denied: ['analytics', 'marketing'], cause: 'reject-all' });
          document.cookie = `cookie_consent=${encodeURIComponent(JSON.stringify(rejected))}; path=/`;
          const { win, site } = await openPage(order, variant);
          expect(site.isGranted('analytics')).to.equal(false);
          expect(win.ran).to.deep.equal([]);
        });
      });
    }
  }

  it('with GPC and a category it locks on, it stores no grant: the next page still asks', async () => {
    const { win, site } = await openPage('after', 'gpc-required');
    expect(win.ran).to.deep.equal([]);
    const record = cookieRecord('cookie_consent', win.document);
    expect(record?.cause, 'Global Privacy Control is recorded').to.equal('gpc');
    expect(record!.granted).to.deep.equal(['necessary']);
    expect(site.open, 'the site still asks').to.equal(true);
    closeFrames();
    const next = await openPage('after');
    expect(next.site.open, 'the next page asks').to.equal(true);
    expect(next.win.ran).to.deep.equal([]);
  });
});

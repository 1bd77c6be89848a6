/**
 * Markup slipped into a page (a comment, a CMS field) can hold a `<cookie-consent>` of its own:
 * no script and no nonce needed. Whatever it says (opt-out, its categories `required`, another
 * cookie, GPC), the site's gated markup runs only as the site's own element allows, and nothing
 * the visitor did not decide is stored.
 */
import { expect } from '@open-wc/testing';
import { clearStorage, closeFrames, cookieRecord, earlierRecord, sleep } from '../helpers.js';
import { openInjectedPage } from './injected-page.js';

/** What markup slipped into a comment holds, by name. */
const INJECTED: Record<string, string> = {
  'opt-out': '<cookie-consent mode="opt-out" cookie-name="x"></cookie-consent>',
  'opt-out-same-cookie': '<cookie-consent mode="opt-out"></cookie-consent>',
  required: '<cookie-consent cookie-name="x"><cookie-category name="analytics" required></cookie-category></cookie-consent>',
  'gpc-required': '<cookie-consent gpc><cookie-category name="analytics" required></cookie-category></cookie-consent>',
};

const openPage = (order: 'after' | 'before', variant = '') => openInjectedPage({ order, inj: INJECTED[variant] ?? '' });

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
          // (with another cookie, undecided and opt-in for the others, it keeps them blocked:
          // markup can block, never allow)
          const all = ['site analytics', 'site marketing', 'site functional'];
          expect(win.ran).to.deep.equal(variant === 'required' ? ['site analytics'] : all);
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

/**
 * The Next.js App Router example (`examples/nextjs/`), built by `npm run build:examples` and run
 * with `next start` behind the test server (`test/server/next-app.mjs`): the shared checks of the
 * framework examples, and what the server renders from the request's cookie. `next dev`:
 * test/node/nextjs-dev.test.mjs.
 */
import { expect } from '@open-wc/testing';
import { clearStorage, storeRecord } from '../helpers.js';
import { testFrameworkApp } from './app-tests.js';

testFrameworkApp('nextjs', 'Next.js 16 (App Router), next start', '/examples/nextjs');

describe('Next.js example: what the server renders', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  /** The page as the server sends it, with the test page's cookies. */
  const served = async () => {
    const html = await (await fetch('/examples/nextjs')).text();
    return {
      element: /<cookie-consent[^>]*>/.exec(html)?.[0] ?? '',
      granted: /<output id="granted">([^<]*)<\/output>/.exec(html)?.[1],
      analytics: html.includes('id="analytics"'),
    };
  };

  it('without a decision: the element, and nothing granted but necessary', async () => {
    const page = await served();
    expect(page.element).to.match(/ categories="analytics marketing"/);
    expect([page.granted, page.analytics]).to.deep.equal(['necessary', false]);
  });

  it('with a decision in the cookie: the grants in the first HTML (no flash of "necessary", no hydration mismatch)', async () => {
    storeRecord({ granted: ['necessary', 'analytics'], denied: ['marketing'] });
    const page = await served();
    expect([page.granted, page.analytics]).to.deep.equal(['necessary analytics', true]);
  });
});
